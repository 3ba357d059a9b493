// The Kiosks screen's routes (server/console/kiosks.ts), and what the screen needs of the
// console's API client.
export const KIOSKS_API = '/v1/console/kiosks';

export interface KiosksApi {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
}
