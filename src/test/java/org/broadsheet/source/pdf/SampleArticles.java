package org.broadsheet.source.pdf;

import java.util.List;

/** Invented newspaper articles for the generated test pages. */
final class SampleArticles {
    private SampleArticles() {}

    record Sample(String headline, List<String> paragraphs) {}

    static final List<Sample> CHINESE = List.of(
            new Sample("城市地铁新线路今日开通运营", List.of(
                    "本报讯（记者 王晓明）经过四年建设，城市地铁六号线今日上午正式开通运营。新线路全长三十二公里，共设二十四座车站，连接城市东部新区与老城区。",
                    "市交通部门负责人表示，新线路开通后，东部新区到市中心的通勤时间将由原来的一个多小时缩短到四十分钟左右，预计每日客流量可达三十万人次。",
                    "据介绍，六号线采用全自动驾驶系统，列车最高运行速度为每小时八十公里。各车站均设有无障碍电梯和母婴室，方便乘客出行。",
                    "开通首日，不少市民专程前来体验。家住东部新区的李女士说，以前上班要换乘两次公交车，现在坐地铁直达，既省时间又舒适。")),
            new Sample("春季农业生产有序推进", List.of(
                    "当前正值春耕备耕关键时期，全省各地抢抓农时，有序推进春季农业生产。农业部门组织技术人员深入田间地头，指导农民科学施肥、合理灌溉。",
                    "今年全省计划种植粮食作物五千八百万亩，其中水稻两千一百万亩。各地加大良种推广力度，优质品种覆盖率进一步提高。",
                    "气象部门提醒，近期部分地区可能出现低温阴雨天气，请农户注意防范，及时做好秧苗保温工作。")),
            new Sample("图书馆延长周末开放时间", List.of(
                    "为满足读者需求，市图书馆自下月起将周末开放时间延长至晚上九点。馆方同时增加了自习座位和电子阅览终端。",
                    "图书馆馆长表示，近年来周末到馆读者明显增多，特别是学生群体，延长开放时间是回应读者呼声的具体举措。")));

    static final List<String> CHINESE_SIDEBAR = List.of(
            "相关链接：六号线首末班车时间为早上六点至晚上十一点，高峰时段行车间隔约三分钟。");

    static final String CHINESE_CAPTION = "新线路列车驶出车站";
    static final String CHINESE_FURNITURE = "第三版 要闻 二〇二四年三月五日";

    static final List<Sample> ENGLISH = List.of(
            new Sample("Harbour Bridge Reopens After Repairs", List.of(
                    "The harbour bridge reopened to traffic on Monday morning after eight months of repairs that replaced the worn deck and strengthened the old steel towers.",
                    "City engineers said the work finished two weeks ahead of schedule and slightly under budget, thanks largely to a mild winter and extended night shifts.",
                    "Commuters who had faced long detours through the industrial district welcomed the news. Bus operators expect journey times to return to normal by the end of the week.")),
            new Sample("School Gardens Take Root", List.of(
                    "Twelve primary schools have planted vegetable gardens this spring as part of a programme that teaches pupils where their food comes from.",
                    "Teachers report that children who grew their own beans and lettuce were far more willing to eat them at lunch.")),
            new Sample("Library Extends Weekend Hours", List.of(
                    "The central library will stay open until nine in the evening on Saturdays and Sundays from next month, the council announced yesterday.",
                    "Study places on the second floor will be doubled, and a quiet room for examination candidates will open in the former map collection.")));

    static final List<String> ENGLISH_SIDEBAR = List.of(
            "Bridge facts: opened in 1932, four lanes, a main span of 503 metres and about 160,000 crossings a day.");

    static final String ENGLISH_FURNITURE = "THE MORNING LEDGER - PAGE 3 - TUESDAY";
}
