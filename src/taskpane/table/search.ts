import type { SearchResult } from "./types";
export declare function searchItems(text: string): SearchResult;
