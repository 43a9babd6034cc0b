// Reads a citation file (.json CSL-JSON, .bib BibTeX, .ris RIS) with Citation.js and prints it as CSL-JSON.
const fs = require('fs');
const { Cite } = require('@citation-js/core');
require('@citation-js/plugin-bibtex');
require('@citation-js/plugin-ris');
const types = { '.json': '@csl/list+object', '.bib': '@biblatex/text', '.ris': '@ris/file' };
const file = process.argv[2];
const type = types[require('path').extname(file)];
const text = fs.readFileSync(file, 'utf8');
const cite = new Cite(type === '@csl/list+object' ? JSON.parse(text) : text, { forceType: type });
process.stdout.write(JSON.stringify(cite.data));
