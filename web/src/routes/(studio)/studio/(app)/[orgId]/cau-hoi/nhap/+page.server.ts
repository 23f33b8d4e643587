import { error } from '@sveltejs/kit';
import { createQuestionsClient } from '$lib/api/studio-questions.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, params, parent }) => {
  const { capabilities } = await parent();
  if (!capabilities.includes('bank.write')) error(403, 'Vai trò của bạn không được nhập câu hỏi.');
  return { fields: (await createQuestionsClient(params.orgId, { fetch }).fields()).fields };
};
