/**
 * Validation rules as data (after DHIS2's validation rules): "left side operator right side" over
 * the metric catalog, kept in {@code validation_rule}, parsed strictly ({@link RuleExpression}),
 * checked per unit and period over the current facts and their violations kept in
 * {@code rule_violation} ({@link ValidationRules}).
 */
package vn.blocstats.warehouse.rules;
