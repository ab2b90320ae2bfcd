export const SECURITY_HEADERS: Readonly<Record<string, string>>;
export function serve(options?: { dir?: string; port?: number; host?: string; log?: boolean }): Promise<{
  url: string;
  close: () => Promise<unknown>;
}>;
