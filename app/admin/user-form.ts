import { z } from "zod";
import { ROLES } from "../../db/schema";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-rules";

export const ROLE_LABELS = { admin: "Administration", editor: "Redaktion" } as const;

export const emailField = z
  .string({ required_error: "Bitte geben Sie eine E-Mail-Adresse ein." })
  .trim()
  .toLowerCase()
  .min(1, "Bitte geben Sie eine E-Mail-Adresse ein.")
  .max(254, "Die E-Mail-Adresse ist zu lang.")
  .email("Bitte geben Sie eine gültige E-Mail-Adresse ein (z. B. name@landkreis-ludwigsburg.de).");

export const passwordField = z
  .string({ required_error: "Bitte geben Sie ein Passwort ein." })
  .min(PASSWORD_MIN_LENGTH, `Das Passwort braucht mindestens ${PASSWORD_MIN_LENGTH} Zeichen.`)
  .max(PASSWORD_MAX_LENGTH, `Das Passwort darf höchstens ${PASSWORD_MAX_LENGTH} Zeichen haben.`);

export const nameField = z
  .string({ required_error: "Bitte geben Sie einen Namen ein." })
  .trim()
  .min(1, "Bitte geben Sie einen Namen ein.")
  .max(120, "Der Name darf höchstens 120 Zeichen haben.");

export const roleField = z.enum(ROLES, { errorMap: () => ({ message: "Bitte wählen Sie eine Rolle." }) });

export const NewUserSchema = z.object({ email: emailField, name: nameField, role: roleField, password: passwordField });
export type NewUserInput = z.infer<typeof NewUserSchema>;

/** The first error message of each field, for showing at the fields. */
export function fieldErrors<T extends z.ZodTypeAny>(error: z.ZodError<z.infer<T>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= issue.message;
  }
  return out;
}
