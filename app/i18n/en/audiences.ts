import type { audiences as german } from "../de/audiences";

export const audiences: typeof german = {};
