package vn.kdcl.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import vn.kdcl.catalogue.Catalogue;
import vn.kdcl.catalogue.CatalogueRepository;
import vn.kdcl.catalogue.Framework;
import vn.kdcl.catalogue.SchoolType;

/** The test catalogue (fixtures/catalogue-tt18-fixture.yaml) and variants of it for the other circulars. */
public final class FixtureCatalogues {

    private FixtureCatalogues() {
    }

    public static Catalogue tt18() {
        try (InputStream in = FixtureCatalogues.class.getResourceAsStream("/fixtures/catalogue-tt18-fixture.yaml")) {
            return CatalogueRepository.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Three frameworks (structure borrowed from the TT18 fixture) so that every school type has a catalogue. */
    public static CatalogueRepository repository() {
        Catalogue tt18 = tt18();
        Catalogue tt17 = new Catalogue("TT17/2018", Framework.TT17, "Tiểu học (fixture)", LocalDate.of(2018, 10, 10),
                List.of(SchoolType.TH), tt18.standards(), tt18.level4().subList(0, 5));
        Catalogue tt19 = new Catalogue("TT19/2018", Framework.TT19, "Mầm non (fixture)", LocalDate.of(2018, 10, 10),
                List.of(SchoolType.MN), tt18.standards().subList(0, 5), tt18.level4().subList(0, 4));
        return new CatalogueRepository(List.of(tt19, tt17, tt18));
    }
}
