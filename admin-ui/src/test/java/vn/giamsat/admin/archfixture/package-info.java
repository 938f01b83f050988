/**
 * Planted violations of the admin UI's architecture rules, for {@code AdminRulesCatchViolationsTest} only: each
 * class breaks one rule on purpose ({@code FrontDoorView} breaks none). Test sources, so the real rules never see
 * them.
 */
package vn.giamsat.admin.archfixture;
