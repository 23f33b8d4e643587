import type { ErrorCode } from './errors.js';

/** Default Vietnamese message per error code, for residents. Services may give a more specific one. */
export const errorMessagesVi: Record<ErrorCode, string> = {
  VALIDATION_FAILED: 'Thông tin gửi lên chưa hợp lệ. Vui lòng kiểm tra các trường được đánh dấu.',
  BAD_REQUEST: 'Yêu cầu không hợp lệ.',
  UNAUTHENTICATED: 'Vui lòng đăng nhập để tiếp tục.',
  FORBIDDEN: 'Bạn không có quyền thực hiện thao tác này.',
  NOT_FOUND: 'Không tìm thấy nội dung yêu cầu.',
  CONFLICT: 'Thao tác xung đột với dữ liệu hiện có.',
  ALREADY_REGISTERED: 'Số điện thoại này đã được đăng ký tham gia cuộc thi.',
  NOT_ELIGIBLE: 'Bạn chưa đủ điều kiện tham gia cuộc thi này.',
  ROUND_NOT_OPEN: 'Đợt thi hiện không mở.',
  ATTEMPT_LIMIT_REACHED: 'Bạn đã dùng hết số lượt thi của đợt này.',
  ATTEMPT_FINALIZED: 'Lượt thi đã kết thúc.',
  DEADLINE_PASSED: 'Đã hết thời gian làm bài.',
  STALE_WRITE: 'Câu trả lời này cũ hơn câu trả lời đã lưu nên không được ghi đè.',
  BLUEPRINT_UNSATISFIABLE: 'Ngân hàng câu hỏi chưa đủ câu để tạo đề thi. Vui lòng báo Ban Tổ chức.',
  PAYLOAD_TOO_LARGE: 'Dữ liệu gửi lên quá lớn.',
  UNSUPPORTED_MEDIA_TYPE: 'Định dạng dữ liệu không được hỗ trợ.',
  RATE_LIMITED: 'Bạn thao tác quá nhanh. Vui lòng thử lại sau giây lát.',
  INTERNAL: 'Hệ thống gặp sự cố. Vui lòng thử lại sau.',
};
