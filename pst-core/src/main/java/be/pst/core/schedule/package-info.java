/**
 * Dates as the plans write them (échéances, calendriers): exact days, months, years, ranges,
 * open-ended or undetermined periods, and comparisons that respect their precision.
 */
package be.pst.core.schedule;
