import type { map as german } from "../de/map";

export const map: typeof german = {};
