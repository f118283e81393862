import type { merkliste as german } from "../de/merkliste";

export const merkliste: typeof german = {};
