// German UI texts: detail.
export const detail = {};
