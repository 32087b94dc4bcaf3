/**
 * Chart data (pure): what every picture of progress draws – a category's trend over the years
 * and a year's overview of all categories – so that the Teams cards, the Excel add-in and the
 * status report draw the same numbers. Drawing is each client's job; the numbers are made here.
 */
export * from "./category-trend";
export * from "./palette";
export * from "./year-overview";
