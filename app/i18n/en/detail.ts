import type { detail as german } from "../de/detail";

export const detail: typeof german = {};
