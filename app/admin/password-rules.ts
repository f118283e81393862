// Shared by the server's hashing and the forms' validation (no Node imports here).
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
