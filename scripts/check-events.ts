/** `npm run check:events`: validates every content file and prints every problem at once. */
import { validateContent } from '../src/lib/content/validate';
import { readContentFiles } from '../src/lib/server/files';

const { events, commentary, issues } = validateContent(readContentFiles());
if (issues.length > 0) {
	console.error(issues.join('\n'));
	console.error(`\n${issues.length} problem${issues.length === 1 ? '' : 's'} in the content.`);
	process.exit(1);
}
console.log(`${events.length} events and ${commentary.length} commentary entries are valid.`);
