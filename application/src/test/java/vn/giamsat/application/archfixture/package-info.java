/**
 * Planted violations of the architecture rules, for {@code ArchitectureRulesCatchViolationsTest} only. This is a
 * pretend capability: each class breaks one rule on purpose. Test sources, so the real rules never see it.
 */
package vn.giamsat.application.archfixture;
