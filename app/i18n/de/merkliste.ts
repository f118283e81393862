// German UI texts: merkliste.
export const merkliste = {};
