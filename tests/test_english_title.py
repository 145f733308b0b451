"""The English title read from the English block, wherever the conversion left it (lines of real papers)."""

from __future__ import annotations

import pytest

from npf_graph.extract.english_title import english_title


@pytest.mark.parametrize(
    ("block", "title"),
    [
        (  # after the reference list: a reference over the title, names and brackets under it
            "[39] 苗芳,张凡凡.同/异质型乳酸菌添加对全株玉米青贮发酵特性的影响[J].草业学报,2017,26(9):167-175.\n"
            "# Prospect for Research of Pesticide Residue Monitoring Technique and Construction of Monitoring Systems\n"
            "Pang Guofang Chang Qiaoying Fan Chunlin （Chinese Academy of Inspection and Quarantine,Beijing loo176, China)\n"
            "AbstractPesticidesandchemicalcontaminantsresidueshavebecomeoneofthemajorfoodsafetyconcers.\n",
            "Prospect for Research of Pesticide Residue Monitoring Technique and Construction of Monitoring Systems",
        ),
        (  # Pinyin names with their marks on a line of their own, numbered affiliations under them
            "# International Developments of Open Access Practices in 2014\n"
            "Guo Jinjing1,2 Peng Naizhu²,3 Zhang Mengxia1,2 Lu Cainv1,2 Ku Liping\n"
            "1 National Science Library,Chinese Academy of Sciences,Beijing 100190 ² University of Chinese Academy\n"
            "Abstract:[Purpose/significance]The development of open access has got common attention on all sides.\n",
            "International Developments of Open Access Practices in 2014",
        ),
        (  # the names and the affiliation run on after the title on one line
            "陈安：研究命题的提出，整体框架的把握;\n"
            "Research on the Types and Characteristics of Think Tank Reports Chen An12Jia Chuanling1Li Pengjie1"
            "Zhao Qingfeng1Fang Yanan1 1Safety and Emergency Management Research Center, Henan Polytechnic "
            "University, Jiaozuo 454150\n"
            "Abstract: [Purpose/significance] With the development of the situation, the think tank construction.\n",
            "Research on the Types and Characteristics of Think Tank Reports",
        ),
        (  # the title, its names and their unit on one line, the title's words glued ('forExcellent')
            "分类号：G301\n"
            "Analysison12 Criteria forExcellent Think Tanks Wang Chunfa China Association for Science and Technology, "
            "Beijing 100863\n"
            "Abstract: [Purpose/significance] In recent years, with the great development of think tanks.\n",
            "Analysison12 Criteria forExcellent Think Tanks",
        ),
        (  # the title and its byline run on after the list's last entry
            "[26] 聂琴,杨凡.酵母源生物饲料在水产养殖中的应用[J].中国饲料,2015(15):35-40.\n"
            "[27] 郁欢欢,周文豪.酵母培养物在水产动物中的应用[J].饲料工业,2015,36(18):25-29.Effects of Dietary Active "
            "Yeast Products on Growth, Immunity and Disease Resistance of SeaCucumber (Apostichopus japonicas Selenka)"
            "YAN Fang1HUWeilLIChenglin\n"
            "Abstract: The experiment was conducted to investigate the effects of dietary active yeast products.\n",
            "Effects of Dietary Active Yeast Products on Growth, Immunity and Disease Resistance of SeaCucumber "
            "(Apostichopus japonicas Selenka)",
        ),
        (  # the English block converted as a table, one line of it a row
            "[9] 宋鲁.兰德研究生院[EB/OL].[2016-05-01].http://www.prgs.edu.\n"
            "<html><body><table><tr><td>A Study on the Operational Mechanism of Rand Graduate School and Its "
            "Inspiration to the</td></tr><tr><td>Construction of China's Think Tanks</td></tr><tr><td>Song LuLiang Kun "
            "Renmin University of China, Beijing 100872</td></tr><tr><td>Abstract: [Purpose/significance] How does "
            "Rand Graduate School support its unique</td></tr></table></body></html>\n",
            "A Study on the Operational Mechanism of Rand Graduate School and Its Inspiration to the Construction of "
            "China's Think Tanks",
        ),
        (  # a title broken over two headings, the names and their unit on one line
            "王峥：负责研究设计、稿件修改。\n"
            "# Taking on the New Mission and Accelerating the Science and Technology Think Tank\n"
            "# Construction\n"
            "Wu FeifeiWang Zheng Beijing Decision-making Consultant Center, Beijing 1O0089\n"
            "Abstract: [Purpose/significance] Science and technology think tanks can help S&T decision-making.\n",
            "Taking on the New Mission and Accelerating the Science and Technology Think Tank Construction",
        ),
        (  # a subtitle printed as a heading under a title ending in a colon; '[Abstract]'
            "The Strategies and Practices of Research Library to Support Open Access :\n"
            "# Taking National Science Library as an Example\n"
            "Zhang XiaolinLiu XiwenLi Lin Zeng YanKu Liping National Science Library，Chinese Academy of Sciences\n"
            "[Abstract]This paper describes the open access strategies and practices of National Science Library.\n",
            "The Strategies and Practices of Research Library to Support Open Access",
        ),
        (  # a title broken over two plain lines at its colon
            "Artificial Intelligence Empowering New Quality Productive Forces:\n"
            "Mechanism of Action and Practical Path\n\nZHOU Wen YANG Zheng-yuan\n\n"
            "Abstract: The new round of technological revolution is deeply intertwined with the great power\n",
            "Artificial Intelligence Empowering New Quality Productive Forces: Mechanism of Action and Practical Path",
        ),
        (  # hyphenated names, a garbled affiliation word, an address line; the label misspelt
            "关键词：荒漠河岸林;胡杨群落\n"
            "# Evaluation of soil erosion and driving factors analysis in Weibei mining area\n"
            "ZOU Ya-jing， YAN Qing-wu， TAN Xue-ling， WANG Jin(ColegeofontedtialticsaUsitfndo)\n"
            "ColegeoftUsKbfoedloli\n"
            "Construction Groups，Alar 843300,China\n"
            "Absrtact: At present, soil erosion is a serious problem in mining areas.\n",
            "Evaluation of soil erosion and driving factors analysis in Weibei mining area",
        ),
        (  # title words that are also Pinyin ('China', 'Lake') do not make a line of names
            "# China Lake Microbiome Project\nWu QinglongJiang Helong\nAbstract: Lakes are important.\n",
            "China Lake Microbiome Project",
        ),
        (  # a place name at the end of the title is not an address
            "# Spatial evolution and remote characteristics of rural poverty in theLoess Plateau, China\n"
            "LI Yuxin， XUE Dongqian， MA Beibei， DONG ChaoyangSchool of Geographyand Tourism,Shaanxi Normal University\n"
            "Abstract: Countries globally experience challenges of rural poverty.\n",
            "Spatial evolution and remote characteristics of rural poverty in theLoess Plateau, China",
        ),
        (  # a title broken after its heading, names with given names in lower case, a biography in Chinese
            "# A Study on the Trends of Biotechnology Development in Countries\n"
            "along the Belt and Road\n"
            "WU xiao-fan1,YIN yue1,GAN ying-ying2,ZENG yu-qi³\n"
            "薛潺女1993年生，硕士研究生，研究方向为分布式发电。\n"
            "Abstract: Biotechnology develops fast in the countries along the Belt and Road.\n",
            "A Study on the Trends of Biotechnology Development in Countries along the Belt and Road",
        ),
        (  # a manuscript that numbers its lines
            "12  \n13 Research Development of New Evaluating System of Metabolizable Nutrition in Swine  \n"
            "14 ZHAO Shengjun1,2REN Ying1,2  \n"
            "15 (1. Hubei Key Laboratory of Animal Nutrition and Feed Science,Wuhan Polytechnic  \n"
            "16 University, Wuhan 430023, China; 2. Hubei Collaborative Innovation Center for Animal Nutrition  \n"
            "17 and Feed Safety,Wuhan 430023, China)  \n"
            "18 Abstract: Glucose plays an important role in animal physiology.\n",
            "Research Development of New Evaluating System of Metabolizable Nutrition in Swine",
        ),
        (  # the title's last word on the next line, the names glued to it
            "Primary Culture and Passage Method of Preadipocytes of Cashmere Lambs and Adult  \n"
            "GoatsZHANG QingyueWANG Xue LIU Shulin YU Yang GUO Xiaoyu YAN Sumei\\*(Collage ofAnimal Science, "
            "Inner Mongolia Agricultural University, Hohhot O10o18, China)  \n"
            "Abstract: The study aimed to explore the primary culture of preadipocytes.\n",
            "Primary Culture and Passage Method of Preadipocytes of Cashmere Lambs and Adult Goats",
        ),
        (  # a title broken over two headings of several words each
            "关键词：数字乡村 政策文本 评价体系 DEA 法分类号：G203\n\n# An Research on the Evaluation System of Digital Village\n\n"
            "# Construction Based on the Perspective of Policy\n\n"
            "Duan Yaoqing1,2 Yi Yujie² 1(School Of Information Management,Central China Normal University， Wuhan 430079)\n\n"
            "# Abstract:\n",
            "An Research on the Evaluation System of Digital Village Construction Based on the Perspective of Policy",
        ),
        (  # a unit's line broken before its city, ending '…,China.)', its postcode short a digit
            "# Construction of Male-Sterility System using Biotechnology and Application in Crop Breeding\n\n"
            "WU Suo-wei1,2 WAN Xiang-yuan1,2\n\n"
            "(1 Advanced Biotechnology and Application Research Center, Institute of Biology and Agriculture,School of   \n"
            "Chemistry and Biological Engineering,University of Science and Technology Beijing,Beijing,10024,China.)\n\n"
            "Abstract: Crop heterosis has been widely used in agriculture.\n",
            "Construction of Male-Sterility System using Biotechnology and Application in Crop Breeding",
        ),
        (  # a main title ending in a colon over a subtitle broken over two lines
            "# 作者贡献声明\\*：\n\n李艺：提出研究命题。\n\n# Automatic Perspective Taking:\n\n"
            "# The Debate between Implicit Mentalizing and\n\nSubmentalizing\n\nYiLI& Feng XIAO\n\n"
            "DepartmentofEducation Science,Shanxi Normal University,Linfen O41000)\n\n"
            "Abstract:The phenomenon of automatic perspective taking has been confirmed by many studies.\n",
            "Automatic Perspective Taking: The Debate between Implicit Mentalizing and Submentalizing",
        ),
    ],
)
def test_the_english_title_over_its_abstract(block: str, title: str) -> None:
    assert english_title(block) == title


@pytest.mark.parametrize(
    "text",
    [
        "# 数字经济与新质生产力\n\n张三\n\n摘要：本文讨论了数字经济。\n\n关键词：数字经济\n",
        "[25] Kearns M,Ron D.Algorithmic stability and sanity-check bounds[J].Neural Computation,2006,11(6):1427-1453.\n"
        "Abstract: the list above ends the paper.\n",
        # a table of data whose first cell is a keywords label, under its caption
        "# 表1部分基本元数据信息定义\nTable1 Some basic metadata definition\n<html><body><table><tr><td>KeyWords</td>"
        "<td>Comments</td></tr><tr><td>TELESCOP</td><td>Name of the telescope</td></tr></table></body></html>\n",
    ],
)
def test_no_english_title_where_none_is_printed(text: str) -> None:
    assert english_title(text) is None


def test_an_english_title_line_with_the_chinese_names_run_on() -> None:
    from npf_graph.extract.english_title import english_title_line

    line = "Comparative Analysis of Library Knowledge Service and Publishing Knowledge Service初景利1,²任娇菡1,²"
    assert (
        english_title_line(line) == "Comparative Analysis of Library Knowledge Service and Publishing Knowledge Service"
    )
    assert english_title_line("Wang Jiao'e12Jing Yue1.²Wang Chengjin1,2") is None


@pytest.mark.parametrize(
    ("block", "title"),
    [
        (  # a place in Pinyin after a preposition ends the title; it is no names run on
            "# Bird abundance distribution patterns of Jing Fu Temple in Beijing Xishan\n\n"
            "CHENZhuolin,JIALili,GUANWenbin BeijingForestry University，Beijing1OoO83，China\n\nAbstract: Bird…",
            "Bird abundance distribution patterns of Jing Fu Temple in Beijing Xishan",
        ),
        (  # two words Pinyin could spell after 'during': the title's end, no names
            "# The Influence of Foveal Processing Load on Parafoveal Preview of Fast and Slow Readers during Chinese "
            "Reading\n\nZHANG Manman; ZANG Chuanli; XU Yufeng (Academy of Psychology and Behavior,Tianjin Normal "
            "University, Tianjin 300074)\n\nAbstract: …",
            "The Influence of Foveal Processing Load on Parafoveal Preview of Fast and Slow Readers during Chinese Reading",
        ),
        (  # words of a title that Pinyin spells are no names; a stray capital before the abstract's label
            "# Research progress of five elements music therapy in traditional Chinese Medicine\n\n"
            "LI SuQian'，LULin'，TANGLing²，WANGChun' (1.Departmentof Rheumatology,Dongfang Hospital,Beijing, 100078)\n\n"
            "CAbstract: Based on the theory of traditional Chinese medicine,…",
            "Research progress of five elements music therapy in traditional Chinese Medicine",
        ),
        (  # a unit line with no postcode or country between the name and the abstract
            "# How to use retrospective clinical data to do retrospective cohort study?\n\nWang Xiao-qin\n\n"
            "Evidence-based Medicine Centre of Fudan University, Hematology department of Huashan Hospital, Fudan "
            "University\n\nTelephone: 021-52888252， Email: wangxiaoqin@ shmu.edu.cn [Abstract] Retrospective data…",
            "How to use retrospective clinical data to do retrospective cohort study?",
        ),
        (  # the title's last word wrapped alone onto the next line
            "# Near Infrared Rapid Determination Method for $L$ -Lysine Content in Feed Additive $L$ -Lysine\n\n"
            "Sulfate\n\nLI ShouXue1,2CHEN Yueyan³JIA Zheng'XIAO Zhiming1 (1. Institute of Quality Standards, "
            "Chinese Academy of Agricultural Sciences, Beijing 100081, China)\n\nAbstract: In order to explore…",
            "Near Infrared Rapid Determination Method for $L$ -Lysine Content in Feed Additive $L$ -Lysine Sulfate",
        ),
        (  # a note's mark after the title
            "Metabolomics and Its Application in Animal Nutrition²\n\nWANG Haowei WUDuanqin\n\nAbstract: …",
            "Metabolomics and Its Application in Animal Nutrition",
        ),
        (  # the heading ran out before the title did
            "# Predicting the Trend of the COVID-19 Outbreak and Timely Grading the Current Outbreak Risks "
            "Based on Moving\n\nAverage Prediction Limits\n\nZHANG Wei1 LI Na2\n\nAbstract: …",
            "Predicting the Trend of the COVID-19 Outbreak and Timely Grading the Current Outbreak Risks "
            "Based on Moving Average Prediction Limits",
        ),
        (  # names run on, a surname spelt Lyu
            "Oxidative Stress Induced by Heat Stress: Injury on Intestinal Tissue of Animals HUANG Fan LYU Qiufeng\\*\n\n"
            "(College of Veterinary and Animal Science, Shenyang Agricultural University, Shenyang 10866, China)\n\n"
            "Abstract: …",
            "Oxidative Stress Induced by Heat Stress: Injury on Intestinal Tissue of Animals",
        ),
        (  # a name whose mark 1 was read as l before the next mark: 'Hongshenl，2'
            "Suggestions on Development Strategy of Biomedical Industry in Foshan Based on   \n"
            "the Patent Analysis Pang Hongshenl，2   \n(1.Shenzhen University Library， Guangzhou 518060, China)\n\n"
            "Abstract: …",
            "Suggestions on Development Strategy of Biomedical Industry in Foshan Based on the Patent Analysis",
        ),
        (  # names glued on, the mark 1 read as l before a stop and marks glued between names
            "Recombinant Bovine Somatotropin: Function and Research Progress of Detection Methods in Animal-Source "
            "Food LI Lil.2LIMing1,3ZHENG Nan1,3REN Hui²WEN Fang1.3\n\nAbstract: …",
            "Recombinant Bovine Somatotropin: Function and Research Progress of Detection Methods in Animal-Source Food",
        ),
        (  # names run on into a garbled affiliation under the title
            "# Breeding and physiological characteristics of ε-polylysine high-producing strain\n\n"
            "ZHAO Jun-jie， ZHANG Long，WANG Liang， CHEN Xu-sheng，MAO Zhong-gui\\* KeyLabof Industrial "
            "Biotechnology，ofEducation，SchoolofBiotechnology，Jiangnan University，Wuxi214122，China\n\nAbstract: …",
            "Breeding and physiological characteristics of ε-polylysine high-producing strain",
        ),
        (  # a title over three lines, the lower ones opening in lower case
            '# Application and design technology\n\nof " storingclean water and regulating muddy flow ‘ of\n\n'
            "# reservoirs in sediment-laden river\n\nHU Chunhong1,2, FANG Chunming1,2\n\nAbstract: …",
            'Application and design technology of " storingclean water and regulating muddy flow ‘ of reservoirs in '
            "sediment-laden river",
        ),
        (  # the heading's last word on a line of its own
            "# Effects of prior knowledge on cognitive mechanisms in classical poetry learning: evidence from eye\n\n"
            "movement\n\nAbstract: …",
            "Effects of prior knowledge on cognitive mechanisms in classical poetry learning: evidence from eye movement",
        ),
        (  # an affiliation ending in its country with a postcode short a digit, the bracket opened nowhere
            "# Application of BIM Technology in Design Phase of Steel Trussed Girder Bridge\n\nWang Jihong，Lu Yu\n\n"
            "Shanghai Municipal Enginering Design Institute（Group）Sixth Design Institute Co.,Ltd.，Hefei 23001，China)"
            "\n\nAbstract:This paper introduces the BIM technology…",
            "Application of BIM Technology in Design Phase of Steel Trussed Girder Bridge",
        ),
        (  # the journal's address, the funding and the corresponding author between the block and its abstract
            "# Relationship between leaf litter decomposition and soil C， N stoichiometry\n\n"
            "GE Xiaogai1,2,3， ZHOU Benzhi1,2,3,\\*\n\n4 Zigui Forest Ecosystem Research Station,Zigui 4430oo,China\n\n"
            "基金项目：国家自然科学基金资助项目（31400531）\n\n收稿日期:2016-04-28；修订日期:2016-07-11\n\n"
            "\\*通讯作者 Corresponding author.E-mail：xiaowenf@ caf.ac.cn\n\nhttp ://www.ecologica.cn\n\n"
            "Abstract:Theeffectof simulated Ndeposition…",
            "Relationship between leaf litter decomposition and soil C， N stoichiometry",
        ),
        (  # numbered units in brackets; the author's name, its marks cut by a full-width stop, run on the title
            "致谢 感谢对本文的仔细审读。\n\n# Citizen Astronomy in China: Present and Future Quan-Zhi Ye1． ²\n\n"
            "[1] Astronomy Department, California Institute of Technology, Pasadena, CA 91125,U.S.A [2] Infrared "
            "Processing and Analysis Center, California Institute of Technology,Pasadena, CA 91125, U.S.A.\n\n"
            "Abstract: Citizen science refers to…",
            "Citizen Astronomy in China: Present and Future",
        ),
        (  # 'Abtract' (OCR), and the label run into the unit's line without its colon
            "# Study on vegetation classification in Arid and Semi-arid Area using object-oriented method\n\n"
            "WU Ya-juan1，LIU Ting-xi\\*1,2， DUAN Limin1,2 (1.College of Water Conservancy, Hohhot O1o018，China)\n\n"
            "Abtract: In order to improve the clasification accuracy…",
            "Study on vegetation classification in Arid and Semi-arid Area using object-oriented method",
        ),
        (
            "# Remote Sensing Based Evaluation of Effectiveness of Wetland Protection Project in Sanjiang Plain, China\n\n"
            "He Xingyuan’Jia Mingming' Wang Zongming' Ren Chunying' Zheng Haifeng\n\n"
            "(1 KeyLaboratory of Wetland Ecology and Environment, Northeast Institute of Geography and Agroecology,\n\n"
            "Chinese Academy of Sciences,Changchun 130102,China;\n\n2InstituteofAgriculturalResourcesandRegionalPlaning,"
            "ChneseAcademyofAgriculturalSciences,Beijing81,China） AbstractIdetregtetlandprotectiogulatioscalld…",
            "Remote Sensing Based Evaluation of Effectiveness of Wetland Protection Project in Sanjiang Plain, China",
        ),
        (  # a title line ending in a comma over its heading line; marks '1)' after the names
            "分类号：TP393\n\nSmart-phone addiction control model: Mechanism of Loneliness,\n\n"
            "# Anxiety， Self-Control and Motivation\n\nYang yinfang Jia lina(Department of Education,Jiannan "
            "University, Wuxi 214000, China)\n\nAbstract:\n\n[Objective] The study…",
            "Smart-phone addiction control model: Mechanism of Loneliness, Anxiety， Self-Control and Motivation",
        ),
        (  # the last line of a garbled unit, opened with a bracket on the line before
            "# Spatio-temporal pattern of openness of countries along the Belt and Road Initiative\n\n"
            "MA Wei1,2,3,4, HUANG Xiao-yan²,34， CAO Xiao-shu2,3,4\n\n(1Schoolofeograpyndurism,aniNormalUiversity"
            "Xi'anl9,aniina;2Acdemfual ResourcesandTerritorialSpace,haanxiNormalUniversity,\n"
            "UrbanizationandLandEnvironmentGeosimulationinrthwestina,aniNrmalUnversityXi'anl9,i, China;"
            "4InstituteofGlobalRegionalandUrbanStudies,haanxiNormalUniversity,Xi'an0l19,haanxi,China)\n\n"
            "Abstract: The Belt and Road Initiative (BRI) has marked…",
            "Spatio-temporal pattern of openness of countries along the Belt and Road Initiative",
        ),
        (  # a unit's wrapped line holding a glued postcode, then the next numbered unit after the country
            "# Characteristics of water consumption in the lower reach of the Tarim River\n\n"
            "ZHOU Long'2，YANG Pengnian1 (1. College of Water Conservancy, Xinjiang Agricultural University,Urumqi "
            "830052, Xinjiang, China; 2.Xinjiang Key Laboratory of Water Conservancy Engineering Safetyand Water "
            "Disaster   \nPrevention,Urumqi830o52,Xinjiang, China;3.Xinjiang Institute of Ecology and Geography,"
            "Chinese Academyof   \nSciences, Urumqi 83O011, Xinjiang, China)\n\nAbstract: The water consumption…",
            "Characteristics of water consumption in the lower reach of the Tarim River",
        ),
        (  # the name and a unit that is no university run on, its address after it
            "On the Traction and Link Function of the Decision-making Consultation System --Based on the Positive "
            "Interaction Between Government and Think Tanks Liu Xizhong Jiangsu Provincial Federation of Philosophy "
            "and Social Sciences， Nanjing 210004\n\nAbstract: [Purpose/significance] This paper aims to…",
            "On the Traction and Link Function of the Decision-making Consultation System --Based on the Positive "
            "Interaction Between Government and Think Tanks",
        ),
        (  # a place in the title, no unit
            "# Application of BIM Technology in the Management of Beijing Tian Tan Hospital Project\n\n"
            "ZHANG Wei (China Construction First Group Co., Ltd., Beijing 100161, China)\n\nAbstract: BIM…",
            "Application of BIM Technology in the Management of Beijing Tian Tan Hospital Project",
        ),
        (  # the abstract's label misspelt
            "Analysis and Path Selection of Knowledge Management Problems in University Think Tanks\n\n"
            "LING Hongfa， YANG Yang\n\nShanghai Jiaotong University， Department of Liberal Arts\n\n"
            "ABSRACT:University think tank is an important type of think tank.\n\n"
            "Keywords: SECI model; University think tanks; knowledge management\n",
            "Analysis and Path Selection of Knowledge Management Problems in University Think Tanks",
        ),
        (
            "# Measuring Regional Innovation Efficiency\n\nWANG Li (Fudan University, Shanghai 200433, China)\n\n"
            "Abstarct: Regional innovation efficiency is measured by data envelopment analysis.\n",
            "Measuring Regional Innovation Efficiency",
        ),
        (  # the title's last words run on before the names on the abstract's line
            "# An Insight into the American Think Tanks of Natural Resources and Environment and Its\n\n"
            "Inspiration to China Qu Jiansheng' Zhang Zhiqiang²Wang Jinping' 1Lanzhou Library, Chinese Academy of "
            "Sciences, Lanzhou 730000 Abstract: [Purpose/significance] Think tanks of natural resources.\n",
            "An Insight into the American Think Tanks of Natural Resources and Environment and Its Inspiration to China",
        ),
        (  # names, a stray Chinese character and the units between the title and the abstract on one line
            "Skeletal Muscle Development and Nutritional Regulation During Gestation Period in Ruminant Animals LI Zhen "
            "WANG Bo LUO Hailing\\*二 (State Key Laboratory of Animal Nutrition, China Agricultural University, Beijing "
            "100193, China) Abstract: Skeletal muscle development during gestation shapes the growth of the offspring.\n",
            "Skeletal Muscle Development and Nutritional Regulation During Gestation Period in Ruminant Animals",
        ),
        (  # a place in Pinyin ends the title, the garbled byline under it
            "The polyphenol degradation characteristics of leaf litter at different rainy stages in a subtropical "
            "evergreen broad-leaved forest in the Sichuan Basin， China\n\n"
            "MA Zhiliang，YANG Wanqin\\*，WU Fuzhong，TAN Bo KeyLaboratoolFtrnsto&stalUstu\n\n"
            "Abstract:Polyphenolsare basic components in plant tissues and foliar liter.\n",
            "The polyphenol degradation characteristics of leaf litter at different rainy stages in a subtropical "
            "evergreen broad-leaved forest in the Sichuan Basin， China",
        ),
        (  # title, names, units and the abstract on one line after the reference list
            "[22] 刘化伟,石宝明,娄蕾,等.饲粮中添加色氨酸对仔猪混群后行为及相关激素的影响[J].中国农业科学,2012,45(12):2455-2461.\n\n"
            "Physiological Function and Dietary Application of Tryptophan in Livestock and Poultry LI Huawei1,2ZHU "
            "Qian1WU Lingying²YIN Yulong1KONG Xiangfeng1\\* (1. Key Laboratory for Agro-Ecological Processes in "
            "Subtropical Region, Chinese Academy of Sciences, Changsha 410125, China) Abstract: Tryptophan,as a "
            "functional essential amino acid, takes part in protein synthesis.\n",
            "Physiological Function and Dietary Application of Tryptophan in Livestock and Poultry",
        ),
        (  # names in capitals and Pinyin whose rest and unit the conversion garbled, under a heading
            "# Muscle tissue lymphoma presenting only with fever of unknown origin\n\n"
            "SHENXiaodong,Hin,Aongju,Gng,ongzhi,Bixuan,uiin,sh, Departmentegeyptofearicieettoealiale\n\n"
            "Abstract: Extra-nodal malignant lymphoma is often characterized by a lack of typical symptoms.\n",
            "Muscle tissue lymphoma presenting only with fever of unknown origin",
        ),
        (
            "# Application of domestically made endoscopic stapling instrument for rectal cancer resection\n\n"
            "RONG Zhenxiang1,2, ZHANG Shaolingl, GUAN Jiansong² Southenedcalsio,i;tfalryoial\n\n"
            "Abstract: Objective To investigate the safety and feasibility of the instrument.\n",
            "Application of domestically made endoscopic stapling instrument for rectal cancer resection",
        ),
        (  # a unit line without postcode or country that a university's name ends
            "# Disparagement humor: Could laughter dissolve hostility?\n\nLongjiao LI, Fang WANG\n\n"
            "Beijing Key Laboratory of Applied Experimental Psychology,National Demonstration Center for "
            "Experimental Psychology Education (Beijing Normal University), Faculty of Psychology, Beijing Normal "
            "University\n\n# Abstract\n\nDisparagement humor refers to communication that contains denigration.\n",
            "Disparagement humor: Could laughter dissolve hostility?",
        ),
        (  # a department's line, its unit wrapped onto the next line
            "# Interpretation of the Pituitary Society Consensus on Diagnosis and Management of Cushing's Disease\n\n"
            "Yu Tangl, Huiwen Tan1,2\\*, Jianwei Li 1,2\n"
            "Department of Endocrinology and Metabolism， West China Hospital, Sichuan\n"
            "University, Chengdu, Sichuan 610041, China\n\n"
            "\\* Corresponding author: Huiwen Tan, M.D. 【Abstract】 Cushing's disease is the most common cause.\n",
            "Interpretation of the Pituitary Society Consensus on Diagnosis and Management of Cushing's Disease",
        ),
        (  # a names line garbled past reading but for its marked names, surnames in capitals
            "# Application of ultrasound guided drainage in the treatment of malignant obstructive jaundice\n\n"
            "IANG Dianhu',WENHaomaol, ZHU Wenyan1,WEN Shunqian²,LIAO Guanqun²,WU Qing² DepartmentofsodDeprttofpab\n\n"
            "Abstract: Objective To explore the therapeutic effect of ultrasound guided drainage.\n",
            "Application of ultrasound guided drainage in the treatment of malignant obstructive jaundice",
        ),
        (  # a unit line ending in its city and a postcode short a digit
            "# Research on Improving The Efficiency of YFOSC Spectrum Observation\n\n"
            "Chen Yuyang1.2.3, Wang Chuanjun1.2, Fan Yufeng1,2 (1.Yunan Observatories,Chinese Academy of Sciences,"
            "Kunming650216,China,Email: wcj@ynao.ac.cn;\n\nKeyLaboratory for Structure and Evolutionof Celestial "
            "Objects,Chinese Academy of Sciences,Kunming,65021\n\nAbstract: The YFOSC spectrum observation is slow.\n",
            "Research on Improving The Efficiency of YFOSC Spectrum Observation",
        ),
        (  # a span of years ends the title, after the list: no pages of a cited work
            "[51]Guan Jingyun, Yao Junqiang. Historical changes of extreme climate events [J]. Climate Dynamics,2022.\n\n"
            '# The assessment on “warming-wetting" trend in Xinjiang at multi-scale during 1961-2019\n\n'
            "YAO Junqiang'，LI Moyan²， Dilinuer Tuoliewubieke'， CHEN Jing'， MAO Weiyi'\n"
            "(1.Institute of Desert Meteorology,China Meteorological Administration,Urumqi 830002, Xinjiang, China)\n\n"
            "Abstract: Based on the observed climatic and hydrological data in Xinjiang.\n",
            'The assessment on “warming-wetting" trend in Xinjiang at multi-scale during 1961-2019',
        ),
        (  # units garbled past reading over lines, the next unit's number after a semicolon, the bracket closed
            "# Soil erosion and geographical environment in dry valley of the middle reaches of Bailong River\n\n"
            "WEI Hong-qing1,2，SHEN Yong-ping³，WEI Li-hui4，ZHANG Feng1,2 (1Water Conservancy Bureau,Department of "
            "Water Resources of Gansu Province,Lanzhou 730o,Gansu,China;   \n"
            "2RiverandLakeAdministratieCenterofGasuProvnceLanzhouoGsu,China；3NorthuestIstituteofcoenot   \n"
            "and ResourcesCALnzou30o,GnsuChna；4WaterResourceBureaufYongdenountyYongdeng3030,suhna)\n\n"
            "Abstract：The geological structure in the middle reaches of Bailong River is composed of folds.\n",
            "Soil erosion and geographical environment in dry valley of the middle reaches of Bailong River",
        ),
        (  # the label at the end of the units' line, the abstract on the lines after it
            "# Changes of Teachers' Subjective Well-being in Mainland China: The Perspective of Meta-analysis\n\n"
            "XIN Sufei; LIANG Xin; SHENG Liang (School of Education Science,Ludong University,Yantai 264025,China)"
            " Abstract\n\n#\n\nThe subjective well-being (SWB) of teachers affects their own mental health.\n",
            "Changes of Teachers' Subjective Well-being in Mainland China: The Perspective of Meta-analysis",
        ),
        (  # a title over three lines, the first two headings, the first ending in a word no title ends in
            "# Peer Victimization Trajectories and Their Relationships with\n\n"
            "# Depressive Symptoms and Externalizing Problems: Risk\n\n"
            "Enhancement or Risk Susceptibility\n\n"
            "XIAO Jialel; SHEN Zijiaol; LI Xiaoyan1 ( Institute of Developmental Psychology, Beijing Normal "
            "University, Beijing 100875, China)\n\nAbstract: Peer victimization is common among adolescents.\n",
            "Peer Victimization Trajectories and Their Relationships with Depressive Symptoms and Externalizing "
            "Problems: Risk Enhancement or Risk Susceptibility",
        ),
        (  # the same, the first heading ending in the article that opens the subtitle
            "# The Effect of Social Exclusion on Consumer Choice: The\n\n"
            "# Moderating Role of Nostalgia and Mediating Role of Social\n\nConnectedness\n\n"
            "Li Bin1,2, Zhang Shuying2,3 (lThe Institute of Enterprise Development, Jinan University, Guangzhou, "
            "510632)\n\nAbstractIt is usual for individuals to be excluded.\n",
            "The Effect of Social Exclusion on Consumer Choice: The Moderating Role of Nostalgia and Mediating "
            "Role of Social Connectedness",
        ),
        (  # a plain line, the rest of the title a heading of two words under it
            "Discussion on the Realization of the Literature Resource Discovery\n\n# Service System\n\n"
            "Liu MinJian Wang Xing (Institute of Scientific and Technical Information of China， Beijing 100038) "
            "Abstract: This paper briefly introduces the basic concepts.\n",
            "Discussion on the Realization of the Literature Resource Discovery Service System",
        ),
        (  # the title a heading, its subtitle on the plain line under it
            "# Negative Shock but Positive Effect\n\n"
            "Understanding Impact ofUS Withdrawal from Paris Climate Agreement\n\nPan Jiahua\n\n"
            "Abstract: The withdrawal of the US from the Paris Agreement is a negative shock.\n",
            "Negative Shock but Positive Effect",
        ),
        (  # a byline over two lines, the second of names with their units' numbers, some given names alone
            "# Xinjiang Astronomical Observatory NSRT Data Storage System\n\n"
            "Zhang Hailong1,2, Zhu Yan1,3, Nie Jun1,2, Yuan Jianping1,Wu Gang1, Liu Jun1,Wang Jie1,Wang\n\n"
            "Wanqiong1, Ye xinchen1, Tohtonur1, Zhang Meng1,3\n\n"
            "(1.Xinjiang AstronomicalObservatory,Chinese AcademyofSciences,Urumqi 8300l,China)\n\n"
            "Abstract: The data storage system of the NSRT telescope stores the observed data.\n",
            "Xinjiang Astronomical Observatory NSRT Data Storage System",
        ),
        (  # the abstract's label misspelt, its text on the next paragraph
            "# Valence, arousal and appraisal of emotion influence the hand movement\n\n"
            "TANG Rixin; LI Jiajia; WANG Zhipeng\n\n(Departmentof Psychology,Schoolof Social and Behavioral Sciences,"
            "Nanjing University,21oo23,China)\n\n# Abstrast\n\nThe positive-negative valence of emotion affecting …\n",
            "Valence, arousal and appraisal of emotion influence the hand movement",
        ),
        (  # the label in capitals with a letter lost, after units, a contact and a grant on one line
            "# Microstructure and Wear Resistance of Composite Coatings Ni-Co/WC+G\n\n"
            "WANG Xusheng', YANG Guirong', SONG Wenming1²,LI Jian³\n\n1State KeyLaboratory ofAdvanced Processing,"
            "Lanzhou Universityof Technology,Lanzhou 730050,China Correspondent: YANG Guirong\n\n"
            "ABSTRCT Composite coatings of Ni-Co/WC+G were fabricated on steel ZG45 by vacuum cladding.\n",
            "Microstructure and Wear Resistance of Composite Coatings Ni-Co/WC+G",
        ),
        (  # one name and a hospital's unit on one line, its postcode glued to the city
            "# Application of holistic nursing in painless gastroscopy examination for elderly patients with "
            "arrhythmia\n\nOUYANG Heyue Thedigestive endoscopycenter,TheFirstPeople'sHospitalofShunde,Foshan5283o0,"
            "China\n\nAbstract: Objective To study the holistic nursing in painless gastroscopy examination.\n",
            "Application of holistic nursing in painless gastroscopy examination for elderly patients with arrhythmia",
        ),
        (  # the unit's last line: its city glued to the postcode, then the country
            "Research Progress on Regulation Mechanism and Main Regulatory Factors of Feed Intake In Poultry\n\n"
            "SUN YongboWANG Ya SA Renna\\* ZHANG Hongfu (State Key Laboratory of Animal Nutrition, Institute of "
            "Animal Science, Chinese Academy of \\*Corresponding author, professor, E-mail: sa6289@126.com\n\n"
            "Agricultural Science,Beijing100193,China)\n\nAbstract: Feeding is the basic way for intake of poultry.\n",
            "Research Progress on Regulation Mechanism and Main Regulatory Factors of Feed Intake In Poultry",
        ),
        (  # the title's last word spelt like Pinyin, the surnames after it in capitals
            "Research on Mutual Coupling of Array Antenna DUAN Xuefeng1²,WANG Kai1.²,LI Jian1² (1．Xinjiang "
            "Astronomical observatory,Chinese Academy of Sciences, Urumqi,830o11,China)\n\nAbstract : Phased array.\n",
            "Research on Mutual Coupling of Array Antenna",
        ),
        (  # names with surnames in capitals, then a unit garbled past reading
            "# A review of ecological network analysis in urban ecosystems\n\n"
            "ZHANG Yan\\*，ZHENG Hongmei,LU Hanjing StateKeyJt\n\nAbstract:Ithas been more than fortyyears.\n",
            "A review of ecological network analysis in urban ecosystems",
        ),
    ],
)
def test_english_titles_as_conversions_break_and_mark_them(block: str, title: str) -> None:
    assert english_title("正文。\n\n" + block) == title


def test_an_entry_ending_in_a_comma_over_the_title_is_not_joined_to_it() -> None:
    block = (
        "Zeelenberg, M.,& Pieters, R. (2007). A theory of regret regulation 1.0. Journal of Consumer Psychology,"
        "17(1),\n\n# The effect of emotion on intertemporal choice\n\nZHANG Wei1 LI Na2\n\nAbstract: …"
    )
    assert english_title("正文。\n\n" + block) == "The effect of emotion on intertemporal choice"


def test_a_names_line_with_marks_in_brackets_is_cut_from_the_title() -> None:
    line = "# Author Contribution Statement and Review of CRediT Research Wang Yanzhe1) Liu Fenghong 1)"
    block = line + "\n\n1）National Science Library, Chinese Academy of Sciences, Beijing 100190\n\nAbstract: …"
    assert english_title("正文。\n\n" + block) == "Author Contribution Statement and Review of CRediT Research"


def test_a_names_line_pinyin_does_not_spell_is_known_by_its_marks() -> None:
    block = (
        "# $\\mathbf { C O } _ { 2 }$ flux characteristics and water use efficiency of the Populus euphratica "
        "community in the lower reaches of Tarim River\n\nMeierhan HEIZAT1,2,HAO Xingming2,   \n"
        "1CollegeofLife Science,XinjiangNormal Universtiy,Urumqi83oo54,China   \n2Stake KeybotfedsisoefodoedefeU\n\n"
        "Abstract：Made the Populus euphratica communities as the research object in the extreme drought environment.\n"
    )
    title = english_title("正文。\n\n" + block)
    assert title is not None and title.endswith("in the lower reaches of Tarim River")
    # a title in capitals with two formulas is still a title
    block = "# Fluxes Of CO2 And N2O, Yields And Soils\n\nZHANG Wei1 LI Na2\n\nAbstract: …"
    assert english_title("正文。\n\n" + block) == "Fluxes Of CO2 And N2O, Yields And Soils"


@pytest.mark.parametrize(
    ("block", "title"),
    [
        (
            "# Thoughts on the Construction of National Defense Science and Technology Think Tanks in the New Situation\n\n"
            "Zhao Chaoyang Lu Shengjun\n\nChina Defense Science and Technology Information Center， Beijing 100142\n\n"
            "Abstract: [Purpose/significance] National defense science and technology think tanks are an integral part.",
            "Thoughts on the Construction of National Defense Science and Technology Think Tanks in the New Situation",
        ),
        (
            "# A multi-level paradigm analysis of organizational neuroscience: the philosophical foundation\n\n"
            "LIU Yuxin1; CHEN Chen1; ZHU Nan1; JI Zheng\n\n"
            "d² Business School, University of International Business and Economics,Beijing ooo29,China) （204号 "
            "School ofInsurance and Economics,Universityof International\n\n"
            "Abstract: As a novel interdisciplinary field,organizational neuroscience aims to revolutionize.",
            "A multi-level paradigm analysis of organizational neuroscience: the philosophical foundation",
        ),
    ],
)
def test_a_units_line_under_the_byline_is_not_a_title_with_names_run_on(block: str, title: str) -> None:
    assert english_title("正文。\n\n" + block) == title


def test_a_companys_unit_line_with_its_city_after_a_full_stop_is_passed_over() -> None:
    block = (
        "22[]唐磊.中国民间智库30年的初步考察[J].中国社会科学评价,2016(4):99-112,129.\n\n"
        "# Inspirations on building an independent Chinese Think Tank: Lessons from foreign\n\n# experiences\n\n"
        "Weiyi Zhang\n\nCNOOC Research Institute Co., Ltd. Beijing 10028\n\n"
        "Abstract:[Purpose/significance] Independence is one of the core values of a think tank.\n"
    )
    assert english_title("正文。\n\n" + block) == (
        "Inspirations on building an independent Chinese Think Tank: Lessons from foreign experiences"
    )


@pytest.mark.parametrize(
    ("block", "title"),
    [
        (  # the byline after two slashes, as a cited work prints its authors
            "Analysis on the development status and long-term influence of open access megajournal//CHEN Xiujuan, "
            "CHEN Xuefei, GUO Jinjing, PENG Yuanyuan, HUANG Jinxia\n\nAbstract In the context of open publishing, "
            "this paper takes 10 typical open access mega-journal as the cases.\n",
            "Analysis on the development status and long-term influence of open access megajournal",
        ),
        (  # the title's last words spelt like Pinyin after 'its', a word no title ends in
            "# A Study of Space VLBI Data Recording Format-RDF and its Data Decoding\n\n"
            "Hao Zhang1,2, Juan Zhang1,4,Lei Liu1, Weimin Zheng1,3.4#, Ping Rui1 (1.Shanghai Astronomical "
            "Observatory， Chinese Academy of Sciences， Shanghai 2Oo030, China)\n\nAbstract: Space VLBI.\n",
            "A Study of Space VLBI Data Recording Format-RDF and its Data Decoding",
        ),
        (  # a name, its unit's number in a bracket and a dagger, over the unit
            "# New Clue to the Principle of Relativity for Particle Dynamics\n\nChiYi chen1) †\n\n"
            "1) (Department of Physics,Hangzhou Normal University, Beijing 10o871, China)\n\n"
            "Abstract The principle of relativity.\n",
            "New Clue to the Principle of Relativity for Particle Dynamics",
        ),
        (  # a byline whose first name the conversion set in TeX, a foreign name among the Pinyin
            "# Dynamic changes of green-space connectivity based on remote sensing and graph theory : a case study "
            "in Zhengzhou， China\n\nMU $\\mathbf { B o } ^ { 1 , 2 }$ ,LI Huawei',Audrey L. Mayer³，HE Ruizhen’,"
            "TIAN Guohang\n\n1 College of Forestry, Henan Agricultural University, Zhengzhou 450002, China\n\n"
            "Abstract: Green space is an important part of ecosystems.\n",
            "Dynamic changes of green-space connectivity based on remote sensing and graph theory : a case study "
            "in Zhengzhou， China",
        ),
        (  # a subtitle after a dash stays, the note's mark before it goes
            "# Why polluter-pays principle is difficult to implement in rural areas?\\* - A case study of pig-farmer "
            "paying behavior in Nanping\n\nZHENG Huangshan, CHEN Shufeng, SUN Xiaoxia\n\nAbstract: Pig farming.\n",
            "Why polluter-pays principle is difficult to implement in rural areas? - A case study of pig-farmer "
            "paying behavior in Nanping",
        ),
    ],
)
def test_english_titles_by_slashes_daggers_tex_bylines_and_dashed_subtitles(block: str, title: str) -> None:
    assert english_title("正文。\n\n" + block) == title


def test_an_english_title_over_a_byline_and_fifteen_units_numbered_to_two_digits() -> None:
    units = "".join(
        f"{k} Department of Psychology {k}, Tsinghua University, Beijing 100084, China;\n" for k in range(1, 14)
    )
    block = (
        "# A standardized checklist on reporting meta-analysis in the open science era\n\n"
        "LIU Yu1, CHEN Shuquan², FAN Fumin’, DI Xin³\n\n" + units + "14 National Basic Science Data Center, "
        "Beijing i00190, China;\n15 School of PsychologyNanjing Normal UniversityNnjing 21023,China\n\n"
        "Abstract: Meta-analysis is a crucial tool.\n"
    )
    assert english_title("正文。\n\n" + block) == (
        "A standardized checklist on reporting meta-analysis in the open science era"
    )


@pytest.mark.parametrize(
    ("block", "title"),
    [
        (  # after the reference list, over its abstract whose label was lost
            "Wu, H., Wang, X. M., & Pan, J. S. (2019). Perceiving blurry scenes with translational optic flow. "
            "Vision Research, 158, 49-57.\n\n"
            "# Visual Search in Real World: The role of dynamic and static optical information\n\n"
            "PAN Jing; ZHANG Huiyuan; CHEN Donghao; XU Hongge (Department of Psychology, Sun Yat-sen University, "
            "GuangZhou, 510o6, China )\n\n"
            "Visual search is a ubiquitous task and a critical skill for men and animals. Existing studies on visual "
            "search mainly focus on attentional guidance and the top-down cognitive influences on search efficiency. "
            "In the real world, observers and objects move, and the optical information available for a search "
            "includes dynamic optic flow and static image structure. We argue that both guide the search.\n\n"
            "Keywords: visual search; optical flow; biological motion; ecological theory of perception\n",
            "Visual Search in Real World: The role of dynamic and static optical information",
        ),
        (  # over a unit line opened by its university and a comma
            "# Changes of Urinary Proteome of Stroke-Prone Spontaneously Hypertensive (SHRSP) Rats\n\n"
            "Wenshu Meng, Youhe Gao\\*\n\n"
            "Beijing Normal University, Gene Engineering Drug and Biotechnology Beijing Key\n\n"
            "Laboratory, Beijing, 100875\n\n# Abstract\n\nHypertension is a multifactorial complex disease.\n",
            "Changes of Urinary Proteome of Stroke-Prone Spontaneously Hypertensive (SHRSP) Rats",
        ),
    ],
)
def test_english_titles_after_the_list_with_the_abstracts_label_lost_and_over_a_university_unit_line(
    block: str, title: str
) -> None:
    assert english_title("正文。\n\n" + block) == title
