/** A four-digit year, as event dates have. */
export const match = (param: string) => /^[0-9]{4}$/.test(param);
