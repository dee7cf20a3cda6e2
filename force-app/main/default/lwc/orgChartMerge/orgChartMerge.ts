/**
 * Brings the outcome of a saved change into the relationship map on screen: changed and created people and
 * lines replace or join the ones shown, removed ones go, the plan's depth, its factors and the coverage gaps
 * are the server's new ones, and the list of contacts that can still be added follows (mapped contacts
 * leave it, contacts of removed people come back). The server's scores are taken as they are.
 * Pure module: no DOM, no platform imports.
 */

function upsert<T extends { id: string }>(
    current: readonly T[],
    changed: readonly T[] | undefined,
    removedIds: readonly string[] | undefined
): T[] {
    const removed = new Set(removedIds ?? []);
    const byId = new Map((changed ?? []).map((item) => [item.id, item]));
    const merged: T[] = [];
    for (const item of current) {
        if (removed.has(item.id)) {
            continue;
        }
        const replacement = byId.get(item.id);
        merged.push(replacement ?? item);
        byId.delete(item.id);
    }
    for (const item of byId.values()) {
        if (!removed.has(item.id)) {
            merged.push(item);
        }
    }
    return merged;
}

/** The contact a removed person's Contact becomes again: something that can be added back. */
function candidateOf(node: Apex.StakeholderNode): Apex.CandidateContact {
    return {
        id: node.contactId as string,
        name: node.name,
        title: node.title ?? null,
        department: node.department ?? null,
        accountId: node.businessUnitId ?? null,
        accountName: node.businessUnitName ?? null,
        reportsToContactId: null
    };
}

/** The map with a saved change applied. */
export function mergeSaveResult(
    map: Apex.RelationshipMap,
    result: Apex.RelationshipMapSaveResult
): Apex.RelationshipMap {
    const removed = new Set(result.removedStakeholderIds ?? []);
    const stakeholders = upsert(map.stakeholders ?? [], result.stakeholders, result.removedStakeholderIds);
    const mappedContacts = new Set(
        stakeholders.map((node) => node.contactId).filter((id): id is string => Boolean(id))
    );
    const returning = (map.stakeholders ?? [])
        .filter((node) => removed.has(node.id) && node.contactId && !mappedContacts.has(node.contactId))
        .map(candidateOf);
    const candidates = [...(map.candidateContacts ?? []), ...returning]
        .filter((contact) => !mappedContacts.has(contact.id))
        .sort((a, b) => a.name.localeCompare(b.name));
    return {
        ...map,
        stakeholders,
        relationships: upsert(
            map.relationships ?? [],
            result.relationships,
            result.removedRelationshipIds
        ).filter((line) => !removed.has(line.fromId) && !removed.has(line.toId)),
        relationshipDepth: result.relationshipDepth ?? null,
        depthFactors: result.depthFactors ?? [],
        coverageGaps: result.coverageGaps ?? [],
        candidateContacts: candidates
    };
}
