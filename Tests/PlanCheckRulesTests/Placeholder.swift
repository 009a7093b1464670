// Rule tests land with the rule engine.
