// TEMPORARY stand-in so the build has a functions entry point; the lead's real IIJ.*
// functions replace this file. custom-functions-metadata-plugin turns the JSDoc below into
// dist/functions.json and appends the CustomFunctions.associate call. (A file-level /** */
// comment would be read as the first function's description, hence // here.)

/**
 * Version of the IIJ Figures add-in.
 * @customfunction
 * @returns The add-in version, e.g. "0.1.0".
 */
export function VERSION(): string {
  return "0.1.0";
}
