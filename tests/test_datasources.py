def test_footnoted_data_sources(records):
    sources = records["001"].data_sources
    assert [d.marker for d in sources] == ["①", "①"]
    first = sources[0]
    assert first.text.startswith("数据来源：国家统计局，《中华人民共和国")
    assert first.organizations == ["国家统计局", "中国人民银行", "国务院"]
    # the URL broken over two lines in the PDF text comes back whole
    assert first.urls[0] == "http://www.stats.gov.cn/sj/zxfb/202402/t20240228_1947915.html"
    assert len(first.urls) == 4
    # a hyphen that only broke the line is dropped
    assert sources[1].urls[1].startswith("https://assets,kpmg,com/content/dam/kpmg/")


def test_figure_source_line(records):
    (line,) = records["000"].data_sources
    assert line.marker is None
    assert line.text.startswith("资料来源：根据王怀民")
    assert line.organizations == []
