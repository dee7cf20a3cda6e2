trigger StakeholderTrigger on Stakeholder__c(before insert, before update, before delete) {
    new StakeholderTriggerHandler().run();
}
