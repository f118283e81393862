// German UI texts: search.
export const search = {};
