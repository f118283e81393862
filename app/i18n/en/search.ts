import type { search as german } from "../de/search";

export const search: typeof german = {};
