// German UI texts: map.
export const map = {};
