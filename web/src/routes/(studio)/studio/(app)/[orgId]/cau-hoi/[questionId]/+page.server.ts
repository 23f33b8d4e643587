import { error } from '@sveltejs/kit';
import { ApiError } from '$lib/api/client.js';
import { createQuestionsClient } from '$lib/api/studio-questions.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, params }) => {
  const client = createQuestionsClient(params.orgId, { fetch });
  try {
    const [question, stats, fields] = await Promise.all([client.get(params.questionId), client.stats(params.questionId), client.fields()]);
    return { question, stats, fields: fields.fields };
  } catch (e) {
    if (e instanceof ApiError && (e.status === 404 || e.status === 400)) error(404, 'Không tìm thấy câu hỏi.');
    if (e instanceof ApiError && e.status === 403) error(403, e.message);
    throw e;
  }
};
