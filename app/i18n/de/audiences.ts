// German UI texts: audiences.
export const audiences = {};
