import type { places as german } from "../de/places";

export const places: typeof german = {};
