import type { legal as german } from "../de/legal";

export const legal: typeof german = {};
