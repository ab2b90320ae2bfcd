export function firstLoadSet(dist: string): Promise<Array<{ file: string; bytes: number; gzip: number }>>;
