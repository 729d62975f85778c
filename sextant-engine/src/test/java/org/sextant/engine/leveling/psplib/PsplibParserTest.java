package org.sextant.engine.leveling.psplib;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sextant.engine.leveling.Activity;
import org.sextant.engine.leveling.ActivityId;
import org.sextant.engine.leveling.CapacityProfile;
import org.sextant.engine.leveling.Demand;
import org.sextant.engine.leveling.Link;
import org.sextant.engine.leveling.ResourceId;

class PsplibParserTest {

    static final Path PSPLIB = Path.of("../../shared/data/psplib");

    @Test
    void j30InstanceIsReadWithJobsLinksDemandsAndCapacities() throws IOException {
        PsplibInstance instance = PsplibParser.parse(PSPLIB.resolve("j30/j301_1.sm"));

        assertThat(instance.name()).isEqualTo("j301_1");
        assertThat(instance.criticalPathLength()).isEqualTo(38);
        assertThat(instance.problem().activities()).hasSize(32);
        assertThat(instance.problem().activities().get(1))
                .isEqualTo(Activity.of("2", 8, new Demand(new ResourceId("R1"), 4)));
        assertThat(instance.problem().links()).hasSize(48)
                .startsWith(Link.finishToStart(new ActivityId("1"), new ActivityId("2")));
        assertThat(instance.problem().resources()).extracting(r -> r.capacity())
                .containsExactly(CapacityProfile.constant(12), CapacityProfile.constant(13),
                        CapacityProfile.constant(4), CapacityProfile.constant(12));
    }

    @Test
    void j120InstanceHas122Jobs() throws IOException {
        PsplibInstance instance = PsplibParser.parse(PSPLIB.resolve("j120/j1201_1.sm"));
        assertThat(instance.problem().activities()).hasSize(122);
        assertThat(instance.problem().resources()).hasSize(4);
    }

    @Test
    void optimaAreKeyedByInstanceName() throws IOException {
        PsplibOptima optima = PsplibOptima.read(PSPLIB.resolve("solutions/j30opt.sm"), "j30");
        assertThat(optima.makespans()).hasSize(480);
        assertThat(optima.makespan("j301_1")).contains(43);
    }
}
