// German UI texts: legal.
export const legal = {};
