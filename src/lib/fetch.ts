/** A file of the site, or an error naming it: `fetch` alone only fails when the network does. */
export async function fetchOk(path: string): Promise<Response> {
	const response = await fetch(path);
	if (!response.ok) throw new Error(`${response.url}: ${response.status}`);
	return response;
}
