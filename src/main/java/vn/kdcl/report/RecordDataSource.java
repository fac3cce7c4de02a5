package vn.kdcl.report;

import java.lang.reflect.Method;
import java.util.Collection;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;

/**
 * A {@link JRBeanCollectionDataSource} that also reads Java records: JasperReports 7 looks for JavaBean getters
 * only, and the report rows are records (accessor {@code name()}, not {@code getName()}).
 */
public class RecordDataSource extends JRBeanCollectionDataSource {

    public RecordDataSource(Collection<?> beans) {
        super(beans);
    }

    @Override
    protected Object getFieldValue(Object bean, JRField field) throws JRException {
        if (bean instanceof Record) {
            String name = getPropertyName(field);
            try {
                Method accessor = bean.getClass().getMethod(name);
                return accessor.invoke(bean);
            } catch (ReflectiveOperationException e) {
                throw new JRException("Record " + bean.getClass().getSimpleName() + " has no component " + name, e);
            }
        }
        return super.getFieldValue(bean, field);
    }

    @Override
    public RecordDataSource cloneDataSource() {
        return new RecordDataSource(getData());
    }
}
