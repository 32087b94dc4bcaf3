/** The year in progress (pure): year to date, projection for the whole year, and its colour. */
export * from "./year-in-progress";
