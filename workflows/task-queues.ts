/** Documents are issued on a task queue of their own, so that the workers that render and sign them scale apart from the workflow workers. */
export const documentsTaskQueueOf = (taskQueue: string) => `${taskQueue}-documents`;
