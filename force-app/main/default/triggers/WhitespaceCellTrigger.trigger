trigger WhitespaceCellTrigger on Whitespace_Cell__c(before insert, before update) {
    new WhitespaceCellTriggerHandler().run();
}
