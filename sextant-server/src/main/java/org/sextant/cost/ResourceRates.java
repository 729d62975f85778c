package org.sextant.cost;

import java.util.List;
import org.sextant.resource.ResourceId;

/**
 * Effective-dated cost rates of resources: everyone signed in reads them (like the resources), ADMIN and
 * PMO keep them. A resource without any rate is priced at its own {@code costRate}.
 */
public interface ResourceRates {

    /** A resource's rates, "since always" first, then by effective day. */
    List<ResourceRate> of(ResourceId resource);

    ResourceRate get(long id);

    ResourceRate create(ResourceId resource, ResourceRate.Draft draft);

    ResourceRate update(long id, long expectedVersion, ResourceRate.Draft draft);

    void delete(long id, long expectedVersion);
}
