import type { Messages } from "../de";
import { audiences } from "./audiences";
import { common } from "./common";
import { detail } from "./detail";
import { legal } from "./legal";
import { map } from "./map";
import { merkliste } from "./merkliste";
import { places } from "./places";
import { search } from "./search";
import { vocabulary } from "./vocabulary";

export const en: Messages = { common, vocabulary, search, detail, map, merkliste, places, audiences, legal };
