/**
 * Normalisers of free text found in school workbooks (DOMAIN.md "Normalisation rules"): school
 * years and plan periods, money, periods, funding sources, result marks, declared counts and
 * levels. Plain Java, stateless and thread-safe: create them with {@code new} and share them.
 * Patterns are compiled once; every result keeps the original text beside the value.
 */
package vn.kdcl.normalise;
