// The German catalogue: every UI text, by area (one file each). The English catalogue (../en)
// has the same shape, checked by the type system, so nothing can be missing there.
import { audiences } from "./audiences";
import { common } from "./common";
import { detail } from "./detail";
import { legal } from "./legal";
import { map } from "./map";
import { merkliste } from "./merkliste";
import { places } from "./places";
import { search } from "./search";
import { vocabulary } from "./vocabulary";

export const de = { common, vocabulary, search, detail, map, merkliste, places, audiences, legal };
export type Messages = typeof de;
