import { isLane } from '$lib/content/lanes';

export const match = isLane;
