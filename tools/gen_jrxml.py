#!/usr/bin/env python3
"""Writes reports/*.jrxml (JasperReports 7 syntax). The .jrxml files are the sources the build ships;
this script only saves typing when a table changes: edit it or the .jrxml, not both."""
import html, os, sys

def esc(s): return html.escape(s, quote=True)

def text(x, y, w, h, expr, style="TD", extra="", static=False):
    if static:
        return f'<element kind="staticText" x="{x}" y="{y}" width="{w}" height="{h}" style="{style}" {extra}><text><![CDATA[{expr}]]></text></element>'
    return f'<element kind="textField" x="{x}" y="{y}" width="{w}" height="{h}" textAdjust="StretchHeight" blankWhenNull="true" style="{style}" {extra}><expression><![CDATA[{expr}]]></expression></element>'

def table(name, dataset, source, x, y, cols, header_h=18, row_h=14, empty="Không có."):
    """cols: list of (width, header, expression, extra attrs for the detail cell, style)"""
    out = [f'<element kind="staticText" x="{x}" y="{y}" width="{sum(c[0] for c in cols)}" height="14" positionType="Float" style="Label" italic="true">'
           f'<printWhenExpression><![CDATA[{source}.isEmpty()]]></printWhenExpression><text><![CDATA[{empty}]]></text></element>',
           f'<element kind="component" x="{x}" y="{y}" width="{sum(c[0] for c in cols)}" height="{header_h+row_h}" positionType="Float">',
           f'<printWhenExpression><![CDATA[!{source}.isEmpty()]]></printWhenExpression>',
           '<component kind="table" whenNoDataType="AllSectionsNoDetail">',
           f'<datasetRun subDataset="{dataset}"><dataSourceExpression><![CDATA[new vn.kdcl.report.RecordDataSource({source})]]></dataSourceExpression></datasetRun>']
    for c in cols:
        w, head, expr = c[0], c[1], c[2]
        extra = c[3] if len(c) > 3 else ""
        style = c[4] if len(c) > 4 else "TD"
        out.append(f'<column kind="single" width="{w}">')
        out.append(f'<columnHeader height="{header_h}">{text(0,0,w,header_h,head,"TH",static=True)}</columnHeader>')
        out.append(f'<detailCell height="{row_h}">{text(0,0,w,row_h,expr,style,extra)}</detailCell>')
        out.append('</column>')
    out.append('</component></element>')
    return "\n".join(out)

def dataset(name, fields):
    return f'<dataset name="{name}">' + "".join(f'<field name="{n}" class="{c}"/>' for n, c in fields) + '</dataset>'

STYLES = '''
<style name="Base" default="true" fontName="DejaVu Sans" fontSize="8.0" pdfFontName="DejaVu Sans" pdfEncoding="Identity-H" pdfEmbedded="true"/>
<style name="TH" style="Base" mode="Opaque" backcolor="#DCE6F1" bold="true" hTextAlign="Center" vTextAlign="Middle" fontSize="7.5">
  <box topPadding="1" leftPadding="2" bottomPadding="1" rightPadding="2"><pen lineWidth="0.5" lineColor="#7F8FA6"/></box>
</style>
<style name="TD" style="Base" vTextAlign="Top">
  <box topPadding="2" leftPadding="3" bottomPadding="2" rightPadding="3"><pen lineWidth="0.5" lineColor="#7F8FA6"/></box>
</style>
<style name="TDC" style="TD" hTextAlign="Center"/>
<style name="TDR" style="TD" hTextAlign="Right"/>
<style name="Section" style="Base" fontSize="10.0" bold="true" forecolor="#1F3864"/>
<style name="Label" style="Base" forecolor="#555555"/>
<style name="Value" style="Base" bold="true"/>
'''

def first_header(width):
    a = int(width * 0.62)
    return (text(0,0,a,12,'"Đơn vị quản lý: " + $P{UNIT}',"Base",'bold="true"')
        + text(a,0,width-a,12,'"Năm học " + $P{YEAR}',"Base",'hTextAlign="Right" bold="true"')
        + f'<element kind="line" x="0" y="14" width="{width}" height="1" forecolor="#7F8FA6"/>')

def header_footer(width):
    a = int(width * 0.62); h = width // 2
    return f'''
<pageHeader height="28">
  <printWhenExpression><![CDATA[$V{{PAGE_NUMBER}} > 1]]></printWhenExpression>
  {text(0,0,a,12,'"Đơn vị quản lý: " + $P{UNIT}',"Base",'bold="true"')}
  {text(a,0,width-a,12,'"Năm học " + $P{YEAR}',"Base",'hTextAlign="Right" bold="true"')}
  {text(0,12,width,12,'$P{SUBTITLE}',"Base",'forecolor="#555555"')}
  <element kind="line" x="0" y="25" width="{width}" height="1" forecolor="#7F8FA6"/>
</pageHeader>
<pageFooter height="20">
  <element kind="line" x="0" y="2" width="{width}" height="1" forecolor="#7F8FA6"/>
  {text(0,6,h,12,'"Tạo bởi kdcl-hub lúc " + $P{GENERATED_AT}',"Base",'forecolor="#555555"')}
  <element kind="textField" x="{h}" y="6" width="{width-h-24}" height="12" hTextAlign="Right" style="Base"><expression><![CDATA["Trang " + ($V{{PAGE_NUMBER}} + $P{{PAGE_OFFSET}}) + "/"]]></expression></element>
  <element kind="textField" x="{width-24}" y="6" width="24" height="12" evaluationTime="Report" style="Base"><expression><![CDATA[$P{{TOTAL_PAGES}} != null ? $P{{TOTAL_PAGES}} : $V{{PAGE_NUMBER}}]]></expression></element>
</pageFooter>'''

COMMON_PARAMS = '''
<parameter name="UNIT" class="java.lang.String"/>
<parameter name="YEAR" class="java.lang.String"/>
<parameter name="SUBTITLE" class="java.lang.String"/>
<parameter name="GENERATED_AT" class="java.lang.String"/>
<parameter name="PAGE_OFFSET" class="java.lang.Integer"><defaultValueExpression><![CDATA[0]]></defaultValueExpression></parameter>
<parameter name="TOTAL_PAGES" class="java.lang.Integer"/>
'''
PAGE_VAR = '<variable name="CURRENT_PAGE" resetType="Page" class="java.lang.Integer"><expression><![CDATA[$V{PAGE_NUMBER}]]></expression></variable>'
MONEY = 'pattern="#,##0"'

# ---------------------------------------------------------------- school summary
W = 523
school = f'''<jasperReport name="school-summary" language="java" pageWidth="595" pageHeight="842" columnWidth="{W}" leftMargin="36" rightMargin="36" topMargin="28" bottomMargin="28" whenNoDataType="AllSectionsNoDetail" summaryWithPageHeaderAndFooter="true">
{STYLES}
<style name="Diff" style="TDC"><conditionalStyle mode="Opaque" backcolor="#F4CCCC" bold="true"><conditionExpression><![CDATA[$F{{differs}}]]></conditionExpression></conditionalStyle></style>
<style name="Mark1" style="TDC"><conditionalStyle forecolor="#B00000"><conditionExpression><![CDATA["Không đạt".equals($F{{level1}})]]></conditionExpression></conditionalStyle></style>
<style name="Mark2" style="TDC"><conditionalStyle forecolor="#B00000"><conditionExpression><![CDATA["Không đạt".equals($F{{level2}})]]></conditionExpression></conditionalStyle></style>
<style name="Mark3" style="TDC"><conditionalStyle forecolor="#B00000"><conditionExpression><![CDATA["Không đạt".equals($F{{level3}})]]></conditionExpression></conditionalStyle></style>
<style name="LevelCell" style="TDC" bold="true">
  <conditionalStyle mode="Opaque" backcolor="#E06666"><conditionExpression><![CDATA[$F{{level}} == 0]]></conditionExpression></conditionalStyle>
  <conditionalStyle mode="Opaque" backcolor="#F9CB9C"><conditionExpression><![CDATA[$F{{level}} == 1]]></conditionExpression></conditionalStyle>
  <conditionalStyle mode="Opaque" backcolor="#FFE599"><conditionExpression><![CDATA[$F{{level}} == 2]]></conditionExpression></conditionalStyle>
  <conditionalStyle mode="Opaque" backcolor="#B6D7A8"><conditionExpression><![CDATA[$F{{level}} >= 3]]></conditionExpression></conditionalStyle>
</style>
{dataset("Counts", [("label","java.lang.String"),("declared","java.lang.String"),("computed","java.lang.String"),("differs","java.lang.Boolean")])}
{dataset("Level4", [("number","java.lang.Integer"),("name","java.lang.String"),("met","java.lang.String")])}
{dataset("Tasks", [("criterion","java.lang.String"),("task","java.lang.String"),("lead","java.lang.String"),("period","java.lang.String"),("amount","java.lang.Long"),("source","java.lang.String")])}
{dataset("Funding", [("source","java.lang.String"),("amount","java.lang.Long")])}
{dataset("Findings", [("code","java.lang.String"),("severity","java.lang.String"),("where","java.lang.String"),("message","java.lang.String")])}
{COMMON_PARAMS}
<parameter name="SCHOOL" class="vn.kdcl.report.SchoolSummary"/>
<field name="standard" class="java.lang.Integer"/>
<field name="standardName" class="java.lang.String"/>
<field name="code" class="java.lang.String"/>
<field name="name" class="java.lang.String"/>
<field name="level1" class="java.lang.String"/>
<field name="level2" class="java.lang.String"/>
<field name="level3" class="java.lang.String"/>
<field name="level" class="java.lang.Integer"/>
<group name="Standard" reprintHeaderOnEachPage="true" minHeightToStartNewPage="60">
  <expression><![CDATA[$F{{standard}}]]></expression>
  <groupHeader><band height="38">
    {text(0,4,W,16,'"Tiêu chuẩn " + $F{standard} + ": " + $F{standardName}',"Base",'bold="true" fontSize="9.0" forecolor="#1F3864"')}
    {text(0,20,34,18,"Mã","TH",static=True)}
    {text(34,20,265,18,"Tiêu chí","TH",static=True)}
    {text(299,20,56,18,"Mức 1","TH",static=True)}
    {text(355,20,56,18,"Mức 2","TH",static=True)}
    {text(411,20,56,18,"Mức 3","TH",static=True)}
    {text(467,20,56,18,"Đạt mức","TH",static=True)}
  </band></groupHeader>
</group>
<title height="234">
  {first_header(W)}
  <element kind="frame" x="0" y="20" width="{W}" height="214">
  {text(0,0,W,18,"BÁO CÁO TÓM TẮT KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG","Base",'fontSize="12.0" bold="true" hTextAlign="Center" forecolor="#1F3864"',static=True)}
  {text(0,20,W,18,'$P{SCHOOL}.name()',"Base",'fontSize="12.0" bold="true" hTextAlign="Center"')}
  {text(0,44,90,13,"Mã trường:","Label",static=True)}{text(90,44,170,13,'$P{SCHOOL}.code()',"Value")}
  {text(262,44,90,13,"Cấp học:","Label",static=True)}{text(352,44,171,13,'$P{SCHOOL}.schoolTypeLabel()',"Value")}
  {text(0,58,90,13,"Tỉnh/Thành phố:","Label",static=True)}{text(90,58,170,13,'$P{SCHOOL}.province()',"Value")}
  {text(262,58,90,13,"Giai đoạn kế hoạch:","Label",static=True)}{text(352,58,171,13,'$P{SCHOOL}.planPeriod()',"Value")}
  {text(0,72,90,13,"Hiệu trưởng:","Label",static=True)}{text(90,72,170,13,'$P{SCHOOL}.principal()',"Value")}
  {text(262,72,90,13,"Người lập:","Label",static=True)}{text(352,72,171,13,'$P{SCHOOL}.preparer()',"Value")}
  {text(0,102,90,13,"Tiêu chuẩn áp dụng:","Label",static=True)}{text(90,102,433,13,'$P{SCHOOL}.catalogue() == null ? "(không xác định)" : $P{SCHOOL}.catalogue() + " — " + $P{SCHOOL}.catalogueTitle()',"Value",'positionType="Float"')}
  {text(0,86,90,13,"Tệp đã nhận:","Label",static=True)}{text(90,86,433,13,'$P{SCHOOL}.fileName() + " (lần nộp thứ " + $P{SCHOOL}.version() + ")"',"Value",'positionType="Float"')}
  {text(0,122,W,16,"Kết quả tự đánh giá: trường khai và kết quả tính lại","Section",'positionType="Float"',static=True)}
  {table("counts","Counts",'$P{SCHOOL}.counts()',0,140,[(223,"Nội dung","$F{label}"),(150,"Trường khai","$F{declared}","","Diff"),(150,"Tính lại theo quy định","$F{computed}","","Diff")])}
  {text(0,178,W,12,"Ô tô đỏ: số liệu trường khai khác kết quả tính lại từ bảng đánh giá tiêu chí.","Label",'positionType="Float" italic="true" fontSize="7.0"',static=True)}
  {text(0,196,W,16,"Kết quả đánh giá các tiêu chí","Section",'positionType="Float"',static=True)}
  </element>
</title>
<detail><band height="14">
  {text(0,0,34,14,'$F{code}',"TDC",'stretchType="ContainerHeight"')}
  {text(34,0,265,14,'$F{name}',"TD",'stretchType="ContainerHeight"')}
  {text(299,0,56,14,'$F{level1}',"Mark1",'stretchType="ContainerHeight"')}
  {text(355,0,56,14,'$F{level2}',"Mark2",'stretchType="ContainerHeight"')}
  {text(411,0,56,14,'$F{level3}',"Mark3",'stretchType="ContainerHeight"')}
  {text(467,0,56,14,'$F{level} == 0 ? "Chưa đạt" : "Mức " + $F{level}',"LevelCell",'stretchType="ContainerHeight"')}
</band></detail>
{header_footer(W)}
<summary height="245">
  {text(0,8,W,16,"Tiêu chí Mức 4","Section",'positionType="Float"',static=True)}
  {table("l4","Level4",'$P{SCHOOL}.level4()',0,26,[(40,"Số","$F{number}","","TDC"),(403,"Tiêu chí Mức 4","$F{name}"),(80,"Kết quả","$F{met}","","TDC")])}
  {text(0,64,W,16,"Kế hoạch cải tiến: công việc, người chủ trì, thời gian, kinh phí","Section",'positionType="Float"',static=True)}
  {table("tasks","Tasks",'$P{SCHOOL}.tasks()',0,82,empty="Kế hoạch không ghi công việc nào.",cols=[(36,"Tiêu chí","$F{criterion}","","TDC"),(168,"Công việc / giải pháp","$F{task}"),(90,"Chủ trì","$F{lead}"),(85,"Thời gian","$F{period}"),(76,"Kinh phí (đồng)","$F{amount}",MONEY,"TDR"),(68,"Nguồn","$F{source}")])}
  {text(0,120,W,16,'"Kinh phí theo nguồn (" + $P{SCHOOL}.fundingBasis().toLowerCase() + ")"',"Section",'positionType="Float"')}
  {table("funding","Funding",'$P{SCHOOL}.funding()',0,138,[(300,"Nguồn kinh phí","$F{source}"),(150,"Số tiền (đồng)","$F{amount}",MONEY,"TDR")])}
  {text(300,170,150,14,'$P{SCHOOL}.fundingTotal()',"TDR",f'positionType="Float" bold="true" {MONEY}')}{text(0,170,300,14,"Tổng cộng","TD",'positionType="Float" bold="true"',static=True)}
  {text(0,192,W,16,"Kết quả kiểm tra hồ sơ","Section",'positionType="Float"',static=True)}
  {table("findings","Findings",'$P{SCHOOL}.findings()',0,210,empty="Hồ sơ không có lỗi hay cảnh báo nào.",cols=[(52,"Mã","$F{code}","","TDC"),(58,"Mức độ","$F{severity}","","TDC"),(80,"Vị trí","$F{where}"),(333,"Nội dung","$F{message}")])}
</summary>
</jasperReport>
'''

out = sys.argv[1] if len(sys.argv) > 1 else "reports"
open(os.path.join(out, "school-summary.jrxml"), "w").write(school)

# ---------------------------------------------------------------- district dashboard
W = 535
CELL = 12
LEVEL_COLOURS = [("-1", "#FFFFFF", "== -1"), ("0", "#E06666", "== 0"), ("1", "#F9CB9C", "== 1"), ("2", "#FFE599", "== 2"), ("3", "#93C47D", ">= 3")]
heat_style = '<style name="Heat" style="Base" hTextAlign="Center" vTextAlign="Middle" fontSize="6.5"><box><pen lineWidth="0.5" lineColor="#FFFFFF"/></box>' + "".join(
    f'<conditionalStyle mode="Opaque" backcolor="{c}"><conditionExpression><![CDATA[$F{{level}} {cond}]]></conditionExpression></conditionalStyle>' for _, c, cond in LEVEL_COLOURS) + '</style>'
legend = "".join(
    f'<element kind="staticText" x="{190 + i*70}" y="4" width="12" height="10" mode="Opaque" backcolor="{c}"><text><![CDATA[{"" if v=="-1" else v}]]></text><box><pen lineWidth="0.5" lineColor="#7F8FA6"/></box></element>'
    f'<element kind="staticText" x="{204 + i*70}" y="4" width="56" height="10" style="Label" fontSize="7.0"><text><![CDATA[{["Không có dữ liệu","Chưa đạt Mức 1","Mức 1","Mức 2","Mức 3"][i]}]]></text></element>'
    for i, (v, c, _) in enumerate(LEVEL_COLOURS))

dash = f'''<jasperReport name="district-dashboard" language="java" pageWidth="595" pageHeight="842" columnWidth="{W}" leftMargin="30" rightMargin="30" topMargin="28" bottomMargin="28" whenNoDataType="AllSectionsNoDetail" summaryWithPageHeaderAndFooter="true">
{STYLES}
{heat_style}
{dataset("Cells", [("code","java.lang.String"),("level","java.lang.Integer")])}
{dataset("Statuses", [("label","java.lang.String"),("count","java.lang.Integer")])}
{dataset("Levels", [("level","java.lang.Integer"),("label","java.lang.String"),("schools","java.lang.Integer")])}
{dataset("Sources", [("code","java.lang.String"),("label","java.lang.String"),("amount","java.lang.Long")])}
{dataset("Shares", [("catalogue","java.lang.String"),("code","java.lang.String"),("name","java.lang.String"),("text1","java.lang.String"),("text2","java.lang.String"),("text3","java.lang.String")])}
{dataset("BySchool", [("name","java.lang.String"),("code","java.lang.String"),("nsnn","java.lang.Long"),("unitBudget","java.lang.Long"),("socialised","java.lang.Long"),("contributions","java.lang.Long"),("other","java.lang.Long"),("total","java.lang.Long")])}
{COMMON_PARAMS}
<parameter name="DASHBOARD" class="vn.kdcl.report.Dashboard"/>
<field name="catalogue" class="java.lang.String"/>
<field name="schoolCode" class="java.lang.String"/>
<field name="schoolName" class="java.lang.String"/>
<field name="cells" class="java.util.List"/>
<field name="header" class="java.util.List"/>
<group name="Catalogue" reprintHeaderOnEachPage="true" minHeightToStartNewPage="80">
  <expression><![CDATA[$F{{catalogue}}]]></expression>
  <groupHeader><band height="50">
    {text(0,4,W,14,'"Bộ tiêu chí " + $F{catalogue} + ": mức đạt của từng tiêu chí ở từng trường"',"Base",'bold="true" fontSize="9.0" forecolor="#1F3864"')}
    {text(0,20,190,30,"Trường","TH",static=True)}
    <element kind="component" x="190" y="20" width="{CELL*28}" height="30">
      <component kind="list" printOrder="Horizontal">
        <datasetRun subDataset="Cells"><dataSourceExpression><![CDATA[new vn.kdcl.report.RecordDataSource($F{{header}})]]></dataSourceExpression></datasetRun>
        <contents height="30" width="{CELL}">
          <element kind="textField" x="0" y="0" width="{CELL}" height="30" rotation="Left" style="TH" fontSize="6.5"><expression><![CDATA[$F{{code}}]]></expression></element>
        </contents>
      </component>
    </element>
  </band></groupHeader>
  <groupFooter><band height="18">{legend}
    {text(0,4,185,10,"Chú thích màu (mức đạt tiêu chí):","Label",'fontSize="7.0"',static=True)}
  </band></groupFooter>
</group>
<title height="460">
  {first_header(W)}
  <element kind="frame" x="0" y="20" width="{W}" height="440">
  {text(0,0,W,18,"BẢNG TỔNG HỢP KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG","Base",'fontSize="12.0" bold="true" hTextAlign="Center" forecolor="#1F3864"',static=True)}
  {text(0,20,W,16,'$P{UNIT} — năm học " + $P{YEAR}'.replace("$P{UNIT} —", '$P{UNIT} + " —'),"Base",'fontSize="10.0" bold="true" hTextAlign="Center"')}
  {text(0,38,W,14,'"Số trường có hồ sơ được tiếp nhận: " + $P{DASHBOARD}.schools()',"Base",'hTextAlign="Center"')}
  {text(0,60,W,16,"1. Tình trạng hồ sơ","Section",static=True)}
  {table("st","Statuses",'$P{DASHBOARD}.statuses()',0,78,[(300,"Tình trạng","$F{label}"),(80,"Số lượng","$F{count}","","TDR")])}
  {text(0,116,W,16,"2. Phân bố mức đạt của trường (kết quả tính lại)","Section",'positionType="Float"',static=True)}
  <element kind="chart" chartType="bar" x="0" y="134" width="300" height="130" positionType="Float" evaluationTime="Report" showLegend="false" customizerClass="vn.kdcl.report.IntegerAxisCustomizer">
    <dataset kind="category">
      <datasetRun subDataset="Levels"><dataSourceExpression><![CDATA[new vn.kdcl.report.RecordDataSource($P{{DASHBOARD}}.levels())]]></dataSourceExpression></datasetRun>
      <series>
        <seriesExpression><![CDATA["Số trường"]]></seriesExpression>
        <categoryExpression><![CDATA[$F{{level}} == 0 ? "Chưa đạt" : $F{{label}}]]></categoryExpression>
        <valueExpression><![CDATA[$F{{schools}}]]></valueExpression>
      </series>
    </dataset>
    <plot showTickMarks="true" showTickLabels="true"><itemLabel color="#000000"/><seriesColor order="0" color="#4F81BD"/></plot>
  </element>
  {table("lv","Levels",'$P{DASHBOARD}.levels()',320,134,[(120,"Mức đạt","$F{label}"),(80,"Số trường","$F{schools}","","TDR")])}
  {text(0,272,W,16,"3. Kinh phí dự kiến theo nguồn (đồng)","Section",'positionType="Float"',static=True)}
  <element kind="chart" chartType="pie" x="0" y="290" width="300" height="120" positionType="Float" evaluationTime="Report">
    <dataset kind="pie">
      <datasetRun subDataset="Sources"><dataSourceExpression><![CDATA[new vn.kdcl.report.RecordDataSource($P{{DASHBOARD}}.fundingChart())]]></dataSourceExpression></datasetRun>
      <series>
        <keyExpression><![CDATA[$F{{label}}]]></keyExpression>
        <valueExpression><![CDATA[$F{{amount}}]]></valueExpression>
      </series>
    </dataset>
    <plot showLabels="false" legendLabelFormat="{{0}}: {{2}}"/>
  </element>
  {table("src","Sources",'$P{DASHBOARD}.fundingBySource()',320,290,[(110,"Nguồn","$F{label}"),(105,"Số tiền","$F{amount}",MONEY,"TDR")])}
  {text(320,322,110,14,"Tổng cộng","TD",'positionType="Float" bold="true"',static=True)}{text(430,322,105,14,'$P{DASHBOARD}.fundingTotal()',"TDR",f'positionType="Float" bold="true" {MONEY}')}
  {text(0,420,W,16,"4. Mức đạt tiêu chí của các trường","Section",'positionType="Float"',static=True)}
  </element>
</title>
<detail><band height="{CELL}">
  {text(0,0,190,CELL,'$F{schoolName}',"TD",'fontSize="6.5"').replace('textAdjust="StretchHeight"','textAdjust="ScaleFont"').replace('<element kind="textField"','<element kind="textField"',1)}
  <element kind="component" x="190" y="0" width="{CELL*28}" height="{CELL}">
    <component kind="list" printOrder="Horizontal">
      <datasetRun subDataset="Cells"><dataSourceExpression><![CDATA[new vn.kdcl.report.RecordDataSource($F{{cells}})]]></dataSourceExpression></datasetRun>
      <contents height="{CELL}" width="{CELL}">
        <element kind="textField" x="0" y="0" width="{CELL}" height="{CELL}" style="Heat"><expression><![CDATA[$F{{level}} < 0 ? "" : String.valueOf($F{{level}})]]></expression></element>
      </contents>
    </component>
  </element>
</band></detail>
{header_footer(W)}
<summary height="130">
  {text(0,10,W,16,"5. Tỉ lệ trường đạt từng mức theo tiêu chí (tiêu chí yếu nhất trước)","Section",'positionType="Float"',static=True)}
  {table("sh","Shares",'$P{DASHBOARD}.criterionShares()',0,28,[(64,"Bộ tiêu chí","$F{catalogue}","","TDC"),(30,"Mã","$F{code}","","TDC"),(221,"Tiêu chí","$F{name}"),(73,"Đạt Mức 1","$F{text1}","","TDR"),(73,"Đạt Mức 2","$F{text2}","","TDR"),(74,"Đạt Mức 3","$F{text3}","","TDR")])}
  {text(0,66,W,16,"6. Kinh phí dự kiến theo trường (đồng)","Section",'positionType="Float"',static=True)}
  {table("bs","BySchool",'$P{DASHBOARD}.fundingBySchool()',0,84,[(139,"Trường","$F{name}",'fontSize="7.0"'),(66,"NSNN","$F{nsnn}",MONEY+' fontSize="7.0"',"TDR"),(66,"NS đơn vị","$F{unitBudget}",MONEY+' fontSize="7.0"',"TDR"),(66,"Xã hội hóa","$F{socialised}",MONEY+' fontSize="7.0"',"TDR"),(66,"Đóng góp","$F{contributions}",MONEY+' fontSize="7.0"',"TDR"),(66,"Khác, chưa ghi nguồn","$F{other}",MONEY+' fontSize="7.0"',"TDR"),(66,"Tổng","$F{total}",MONEY+' fontSize="7.0" bold="true"',"TDR")], header_h=24)}
</summary>
</jasperReport>
'''
open(os.path.join(out, "district-dashboard.jrxml"), "w").write(dash)

# ---------------------------------------------------------------- district book: cover and table of contents
W = 523
book = f'''<jasperReport name="district-book-toc" language="java" pageWidth="595" pageHeight="842" columnWidth="{W}" leftMargin="36" rightMargin="36" topMargin="28" bottomMargin="28" titleNewPage="true" whenNoDataType="AllSectionsNoDetail">
{STYLES}
{COMMON_PARAMS}
<parameter name="SCHOOL_COUNT" class="java.lang.Integer"/>
<field name="title" class="java.lang.String"/>
<field name="page" class="java.lang.Integer"/>
<field name="indent" class="java.lang.Integer"/>
<title height="786">
  {text(0,40,W,16,'$P{UNIT}',"Base",'fontSize="12.0" bold="true" hTextAlign="Center"')}
  <element kind="line" x="180" y="64" width="163" height="1" forecolor="#1F3864"/>
  {text(0,250,W,28,"SỔ TỔNG HỢP","Base",'fontSize="20.0" bold="true" hTextAlign="Center" forecolor="#1F3864"',static=True)}
  {text(0,280,W,28,"KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG","Base",'fontSize="18.0" bold="true" hTextAlign="Center" forecolor="#1F3864"',static=True)}
  {text(0,320,W,20,'"Năm học " + $P{YEAR}',"Base",'fontSize="14.0" bold="true" hTextAlign="Center"')}
  {text(0,350,W,16,'$P{SCHOOL_COUNT} + " trường có kế hoạch được tiếp nhận"',"Base",'fontSize="11.0" hTextAlign="Center"')}
  {text(0,740,W,14,'"Tạo bởi kdcl-hub lúc " + $P{GENERATED_AT}',"Base",'hTextAlign="Center" forecolor="#555555"')}
</title>
{header_footer(W)}
<columnHeader height="34">
  {text(0,4,W,22,"MỤC LỤC","Base",'fontSize="14.0" bold="true" hTextAlign="Center" forecolor="#1F3864"',static=True)}
</columnHeader>
<detail><band height="16">
  <element kind="textField" x="0" y="0" width="470" height="16" textAdjust="StretchHeight" style="Base" fontSize="9.0"><expression><![CDATA[($F{{indent}} > 0 ? "      " : "") + $F{{title}}]]></expression></element>
  <element kind="textField" x="470" y="0" width="53" height="16" hTextAlign="Right" style="Base" fontSize="9.0"><expression><![CDATA[$F{{page}}]]></expression></element>
  <element kind="line" x="0" y="15" width="{W}" height="1" forecolor="#D0D7E2"/>
</band></detail>
</jasperReport>
'''
open(os.path.join(out, "district-book-toc.jrxml"), "w").write(book)
