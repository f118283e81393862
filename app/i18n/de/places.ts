// German UI texts: places.
export const places = {};
