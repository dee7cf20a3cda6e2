trigger StakeholderRelationshipTrigger on Stakeholder_Relationship__c(before insert, before update) {
    new StakeholderRelationshipTriggerHandler().run();
}
